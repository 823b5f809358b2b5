// SPDX-License-Identifier: Apache-2.0
#include "report/PdfWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace ra::report {

domain::Status writePdf(const QString& html, const QString& title, const QString& path) {
    // Written beside the target and renamed into place: an interrupted export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return domain::fail(QStringLiteral("report.write-failed"),
                            QCoreApplication::translate("PdfWriter", "%1 cannot be written.").arg(path),
                            file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("RA Workstation"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(150);
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral("body { font-size: 8pt; } h1 { font-size: 14pt; } "
                                                     "h2 { font-size: 11pt; } th { background: #e0e0e0; }"));
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit()) {
        return domain::fail(QStringLiteral("report.write-failed"),
                            QCoreApplication::translate("PdfWriter", "%1 cannot be written.").arg(path),
                            file.errorString());
    }
    return {};
}

} // namespace ra::report
