import sys
def pdf(path, lines):
    content = "BT /F1 18 Tf 60 780 Td (%s) Tj /F1 12 Tf" % lines[0]
    for l in lines[1:]:
        content += " 0 -22 Td (%s) Tj" % l.replace('(', '\\(').replace(')', '\\)')
    content += " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"; offs = []
    for i, o in enumerate(objs):
        offs.append(len(out)); out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode()
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs: out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    open(path, "wb").write(out)
pdf("sample-kk/documents/registry-extract.pdf", ["Commercial Registry Extract (DEMO)", "", "Company: Sample KK", "Corporate number: 0100-01-123456", "Head office: 1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo", "Representative director: Taro Sample", "Issued 2026-11-18 by the Tokyo Legal Affairs Bureau", "", "Demonstration material, not a real record."])
pdf("kansai-foods/documents/attestation-letter.pdf", ["Attestation Letter (DEMO)", "", "To: the Registration Authority", "We confirm that Kansai Foods KK exists and operates at", "12 Karasuma-dori, Shimogyo-ku, Kyoto.", "Signed: Hanako Kyoto, Certified Public Accountant", "Date: 2026-11-17", "", "Demonstration material, not a real record."])
