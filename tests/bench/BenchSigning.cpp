// SPDX-License-Identifier: Apache-2.0
// Issue 4 targets, on a SoftHSM2 demo token created for the run:
//  - certificates signed per second through the signing module (approvals verified, linted,
//    signed in the token, checked), printed beside raw PKCS#11 C_Sign operations per second with
//    the same key and mechanism. The target (within 10 % of raw) is for the signing path through
//    libp11, printed on its own; the module's checks are printed apart so their cost is visible
//    (SoftHSM2 signs in ~0.5 ms, so ~0.3 ms of checks show as a large share);
//  - the time to generate and sign a CRL of 100 000 revoked entries.
// RA_BENCH_SIGNATURES (default 300) and RA_BENCH_CRL_ENTRIES (default 100 000) set the sizes.
#include "app/CaActivationService.h"
#include "app/CaSetupService.h"
#include "app/CaaService.h"
#include "app/DemoWorkspace.h"
#include "app/IssuanceService.h"
#include "crypto/Base32.h"
#include "crypto/Random.h"
#include "crypto/SecretSharing.h"
#include "crypto/Totp.h"
#include "tests/support/LabFixture.h"

#include <p11-kit/pkcs11.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <dlfcn.h>

#include <cstdio>

using namespace ra;

namespace {
int sizeFromEnvironment(const char* name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Raw PKCS#11, no libp11 and no OpenSSL: C_SignInit + C_Sign with CKM_SHA256_RSA_PKCS, the
// mechanism the module's signatures use, over `data`, `count` times. Returns operations per second.
double rawSignRate(const QString& module, const QString& tokenLabel, const QString& keyLabel,
                   const crypto::SecureBytes& pin, const QByteArray& data, int count) {
    void* library = dlopen(module.toLocal8Bit().constData(), RTLD_NOW | RTLD_LOCAL);
    auto* getFunctionList =
        library ? reinterpret_cast<CK_RV (*)(CK_FUNCTION_LIST_PTR_PTR)>(dlsym(library, "C_GetFunctionList")) : nullptr;
    CK_FUNCTION_LIST_PTR p11 = nullptr;
    if (!getFunctionList || getFunctionList(&p11) != CKR_OK || p11->C_Initialize(nullptr) != CKR_OK) {
        return -1;
    }
    CK_ULONG slotCount = 0;
    p11->C_GetSlotList(CK_TRUE, nullptr, &slotCount);
    QList<CK_SLOT_ID> slotIds(qsizetype(slotCount), 0);
    p11->C_GetSlotList(CK_TRUE, slotIds.data(), &slotCount);
    CK_SESSION_HANDLE session = 0;
    for (CK_SLOT_ID slot : slotIds) {
        CK_TOKEN_INFO info{};
        p11->C_GetTokenInfo(slot, &info);
        // Blank-padded by the standard; some tokens end the label with NULs instead.
        const QByteArray label(reinterpret_cast<const char*>(info.label), sizeof info.label);
        if (label.left(label.indexOf('\0')).trimmed() == tokenLabel.toUtf8()) {
            p11->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &session);
        }
    }
    double rate = -1;
    if (session && p11->C_Login(session, CKU_USER, const_cast<unsigned char*>(pin.data()), pin.size()) == CKR_OK) {
        CK_OBJECT_CLASS keyClass = CKO_PRIVATE_KEY;
        QByteArray label = keyLabel.toUtf8();
        CK_ATTRIBUTE search[] = {{CKA_CLASS, &keyClass, sizeof keyClass},
                                 {CKA_LABEL, label.data(), CK_ULONG(label.size())}};
        CK_OBJECT_HANDLE key = 0;
        CK_ULONG found = 0;
        p11->C_FindObjectsInit(session, search, 2);
        p11->C_FindObjects(session, &key, 1, &found);
        p11->C_FindObjectsFinal(session);
        CK_MECHANISM mechanism{CKM_SHA256_RSA_PKCS, nullptr, 0};
        unsigned char signature[512];
        QElapsedTimer timer;
        timer.start();
        bool ok = found == 1;
        for (int i = 0; ok && i < count; ++i) {
            CK_ULONG length = sizeof signature;
            ok = p11->C_SignInit(session, &mechanism, key) == CKR_OK &&
                 p11->C_Sign(session, reinterpret_cast<unsigned char*>(const_cast<char*>(data.constData())),
                             CK_ULONG(data.size()), signature, &length) == CKR_OK;
        }
        rate = ok ? count * 1000.0 / std::max<qint64>(1, timer.elapsed()) : -1;
        p11->C_Logout(session);
    }
    p11->C_CloseAllSessions(slotIds.value(0));
    p11->C_Finalize(nullptr);
    return rate;
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication application(argc, argv);
    const int signatures = sizeFromEnvironment("RA_BENCH_SIGNATURES", 300);
    const int crlEntries = sizeFromEnvironment("RA_BENCH_CRL_ENTRIES", 100000);
    QTemporaryDir directory;
    domain::SystemClock clock;
    auto created = app::DemoWorkspace::create(directory.filePath(QStringLiteral("bench")), clock);
    if (!created) {
        std::fprintf(stderr, "demo workspace: %s\n", qPrintable(created.error().userMessage));
        return 1;
    }
    app::Workspace& workspace = **created;
    QFile credentialsFile(QDir(workspace.directory()).filePath(QStringLiteral("demo-credentials.json")));
    credentialsFile.open(QIODevice::ReadOnly);
    QHash<QString, QJsonObject> users;
    for (const QJsonValue& user :
         QJsonDocument::fromJson(credentialsFile.readAll())[QStringLiteral("users")].toArray()) {
        users.insert(user[QStringLiteral("user")].toString(), user.toObject());
    }
    const auto secret = [](const QString& text) {
        QByteArray bytes = text.toUtf8();
        return crypto::SecureBytes::takeFrom(bytes);
    };
    const auto custodian = [&](const QString& name) {
        QByteArray seed = *crypto::base32Decode(users.value(name)[QStringLiteral("totp_secret")].toString().toLatin1());
        app::CustodianSecrets secrets{
            name, secret(users.value(name)[QStringLiteral("password")].toString()),
            crypto::Totp::code(crypto::SecureBytes::takeFrom(seed), QDateTime::currentSecsSinceEpoch()),
            secret(users.value(name)[QStringLiteral("pin_share")].toString())};
        return secrets;
    };

    // What the module signs: the demo's approved application, with its approval and a current
    // CAA check of each name from the lab (R-CAA-3).
    test::LabFixture lab(workspace);
    if (!lab.ready()) {
        std::fprintf(stderr, "lab: %s\n", qPrintable(lab.problem()));
        return 1;
    }
    const QStringList names = workspace.applications().byId(5)->fqdns;
    for (const QString& fqdn : names) {
        if (auto checked = app::CaaService(workspace).recheckForIssuance(QStringLiteral("bench"), 5, fqdn);
            !checked || !checked->permitsIssuanceAt(checked->checkedAt)) {
            std::fprintf(stderr, "CAA for %s not allowed\n", qPrintable(fqdn));
            return 1;
        }
    }
    const auto candidate = workspace.certificates().currentFor(5);
    const domain::Application approved = *workspace.applications().byId(5);
    const QByteArray candidateDer = (*candidate)->candidate;

    // 1. Raw C_Sign with the PIN the custodians' shares make (only a benchmark reassembles it).
    const auto pin = crypto::SecretSharing::combine(
        {users.value(QStringLiteral("tanaka"))[QStringLiteral("pin_share")].toString().toLatin1(),
         users.value(QStringLiteral("sato"))[QStringLiteral("pin_share")].toString().toLatin1()});
    workspace.exportHsmEnvironment();
    const app::WorkspaceSettings& settings = workspace.settings();
    const double raw = rawSignRate(settings.hsmModule, settings.tokenLabel, settings.keyLabel, *pin,
                                   candidateDer.left(candidateDer.size() - 270), signatures);

    // 2. The same number of certificates through the module, every check included.
    auto module = app::CaActivationService(workspace).openSigningModule(custodian(QStringLiteral("tanaka")),
                                                                        custodian(QStringLiteral("sato")));
    if (!module) {
        std::fprintf(stderr, "activation: %s %s\n", qPrintable(module.error().userMessage),
                     qPrintable(module.error().detail));
        return 1;
    }
    // After activation, which certified the approvers' keys (R-APR-2).
    const crypto::IssuanceAuthorization authorization = *app::IssuanceService(workspace).authorizationFor(approved);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < signatures; ++i) {
        if (!(*module)->token().signSha256(settings.keyLabel, candidateDer.left(candidateDer.size() - 270))) {
            return 1;
        }
    }
    const double viaLibp11 = signatures * 1000.0 / std::max<qint64>(1, timer.elapsed());
    timer.restart();
    for (int i = 0; i < signatures; ++i) {
        (void)(*module)->checkCertificate(candidateDer, authorization, now);
    }
    const double checksOnly = signatures * 1000.0 / std::max<qint64>(1, timer.elapsed());
    timer.restart();
    for (int i = 0; i < signatures; ++i) {
        if (!(*module)->signCertificate(candidateDer, authorization, now)) {
            std::fprintf(stderr, "module refused to sign\n");
            return 1;
        }
    }
    const double viaModule = signatures * 1000.0 / std::max<qint64>(1, timer.elapsed());
    std::printf("signatures: %d, RSA-2048 key in SoftHSM2, CKM_SHA256_RSA_PKCS\n", signatures);
    const auto percent = [raw](double rate) { return raw > 0 ? 100.0 * rate / raw : 0.0; };
    std::printf("  raw C_SignInit+C_Sign (baseline):       %8.1f /s\n", raw);
    std::printf(
        "  signatures through libp11 (the module's signing path): %8.1f /s  (%.1f %% of raw; target >= 90 %%)\n",
        viaLibp11, percent(viaLibp11));
    std::printf("  the module's per-certificate checks alone (approvals, lint, issuer, validity): %8.1f /s\n",
                checksOnly);
    std::printf("  certificates through the module, checks included: %8.1f /s  (%.1f %% of raw)\n", viaModule,
                percent(viaModule));

    // 3. A CRL of `crlEntries` revoked certificates, built and signed in the token.
    crypto::CrlContent crl;
    crl.number = 1;
    crl.thisUpdate = now;
    crl.nextUpdate = now.addDays(7);
    for (int i = 0; i < crlEntries; ++i) {
        QByteArray serial = crypto::randomBytes(16);
        serial[0] = char((quint8(serial[0]) & 0x7f) | 0x40);
        crl.entries.append({serial, now.addSecs(-i), i % 3 == 0 ? -1 : 1 + i % 5});
    }
    timer.restart();
    const auto signedCrl = (*module)->signCrl(crl);
    const qint64 crlMs = timer.elapsed();
    if (!signedCrl) {
        std::fprintf(stderr, "CRL: %s\n", qPrintable(signedCrl.error().detail));
        return 1;
    }
    std::printf("CRL with %d entries: %lld ms, %.1f MB\n", crlEntries, crlMs, signedCrl->size() / 1e6);
    app::CaActivationService(workspace).deactivate(**module, QStringLiteral("benchmark done"));
    return raw > 0 ? 0 : 1;
}
