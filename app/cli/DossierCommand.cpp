// SPDX-License-Identifier: Apache-2.0
// ra-cli app dossier ID --out FILE.pdf: the printable dossier of an application (issue 11 item 9).
#include "app/DossierService.h"
#include "app/cli/Cli.h"
#include "report/PdfWriter.h"

#include <QFile>
#include <QJsonObject>

namespace ra::app {

int Cli::dossier(const QStringList& args) {
    bool idOk = false;
    const qint64 id = args.value(2).toLongLong(&idOk);
    if (!idOk || args.size() != 3 || !m_parser.isSet(m_outOption)) {
        return usage(QCoreApplication::translate("ra-cli", "Usage: ra-cli app dossier ID --out FILE.pdf --as USER"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    const auto dossier = DossierService(*m_workspace).build(*actor, id);
    if (!dossier) {
        return fail(dossier.error());
    }
    const QString path = m_parser.value(m_outOption);
    if (auto written = report::writePdf(dossier->html, dossier->title, path); !written) {
        return fail(written.error());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail({QStringLiteral("report.write-failed"),
                     QCoreApplication::translate("ra-cli", "%1 cannot be read back.").arg(path), file.errorString()});
    }
    if (auto recorded = DossierService(*m_workspace).recordExport(*actor, id, path, file.readAll()); !recorded) {
        return fail(recorded.error());
    }
    print(QJsonObject{{QStringLiteral("application"), id}, {QStringLiteral("pdf"), path}},
          QCoreApplication::translate("ra-cli", "%1 written to %2.").arg(dossier->title, path));
    return Ok;
}

} // namespace ra::app
