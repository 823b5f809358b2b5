// SPDX-License-Identifier: Apache-2.0
#include "crypto/Pkcs11Token.h"

#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"

#include <libp11.h>
#include <openssl/err.h>

#include <QCoreApplication>

namespace ra::crypto {

using domain::fail;

struct Pkcs11Token::State {
    // ~State logs out and releases the slots; only then does the `context` member unload the module.
    struct ContextFree {
        void operator()(PKCS11_CTX* context) const noexcept {
            PKCS11_CTX_unload(context);
            PKCS11_CTX_free(context);
        }
    };
    std::unique_ptr<PKCS11_CTX, ContextFree> context;
    PKCS11_SLOT* slotList = nullptr; // released by PKCS11_release_all_slots
    unsigned int slotCount = 0;
    PKCS11_SLOT* slot = nullptr; // one of `slotList`
    bool loggedIn = false;

    ~State() {
        if (loggedIn) {
            PKCS11_logout(slot);
        }
        if (slotList) {
            PKCS11_release_all_slots(context.get(), slotList, slotCount);
        }
    }

    PKCS11_KEY* findKey(const QString& label, bool privateKey) {
        PKCS11_KEY* keys = nullptr;
        unsigned int count = 0;
        const int found = privateKey ? PKCS11_enumerate_keys(slot->token, &keys, &count)
                                     : PKCS11_enumerate_public_keys(slot->token, &keys, &count);
        if (found != 0) {
            return nullptr;
        }
        const QByteArray wanted = label.toUtf8();
        for (unsigned int i = 0; i < count; ++i) {
            if (keys[i].label && wanted == keys[i].label) {
                return &keys[i];
            }
        }
        return nullptr;
    }
};

namespace {
domain::Error tokenError(const char* code, const char* message, const QString& detail = takeOpenSslErrors()) {
    return {QString::fromLatin1(code), QCoreApplication::translate("Pkcs11Token", message), detail};
}
} // namespace

Pkcs11Token::Pkcs11Token(std::unique_ptr<State> state)
    : m_state(std::move(state)) {}

Pkcs11Token::~Pkcs11Token() = default;

domain::Result<std::unique_ptr<Pkcs11Token>> Pkcs11Token::open(const QString& modulePath, const QString& tokenLabel) {
    ERR_clear_error();
    auto state = std::make_unique<State>();
    state->context.reset(PKCS11_CTX_new());
    if (!state->context || PKCS11_CTX_load(state->context.get(), modulePath.toLocal8Bit().constData()) != 0) {
        return std::unexpected(tokenError("hsm.module",
                                          QT_TRANSLATE_NOOP("Pkcs11Token", "The PKCS#11 module cannot be loaded."),
                                          modulePath + QStringLiteral(": ") + takeOpenSslErrors()));
    }
    if (PKCS11_enumerate_slots(state->context.get(), &state->slotList, &state->slotCount) != 0) {
        return std::unexpected(
            tokenError("hsm.slots", QT_TRANSLATE_NOOP("Pkcs11Token", "The HSM's slots cannot be listed.")));
    }
    const QByteArray label = tokenLabel.toUtf8();
    for (unsigned int i = 0; i < state->slotCount; ++i) {
        PKCS11_SLOT* slot = &state->slotList[i];
        if (slot->token && slot->token->initialized && slot->token->label && label == slot->token->label) {
            state->slot = slot;
            break;
        }
    }
    if (!state->slot) {
        return std::unexpected(tokenError(
            "hsm.no-token", QT_TRANSLATE_NOOP("Pkcs11Token", "The CA's token is not present in the HSM."), tokenLabel));
    }
    return std::unique_ptr<Pkcs11Token>(new Pkcs11Token(std::move(state)));
}

domain::Status Pkcs11Token::login(SecureBytes pin) {
    ERR_clear_error();
    if (m_state->loggedIn) {
        return {};
    }
    // libp11 wants a C string: copy into a wiped buffer with a terminator.
    SecureBytes text(pin.size() + 1);
    std::copy(pin.data(), pin.data() + pin.size(), text.data());
    text.data()[pin.size()] = 0;
    pin.clear();
    const int result = PKCS11_login(m_state->slot, 0, reinterpret_cast<const char*>(text.data()));
    text.clear();
    if (result != 0) {
        return std::unexpected(
            tokenError("hsm.login", QT_TRANSLATE_NOOP("Pkcs11Token", "The HSM refused the activation data.")));
    }
    m_state->loggedIn = true;
    return {};
}

void Pkcs11Token::logout() {
    if (m_state->loggedIn) {
        PKCS11_logout(m_state->slot);
        m_state->loggedIn = false;
    }
}

bool Pkcs11Token::isLoggedIn() const {
    return m_state->loggedIn;
}

domain::Result<QByteArray> Pkcs11Token::signSha256(const QString& keyLabel, const QByteArray& data) {
    ERR_clear_error();
    if (!m_state->loggedIn) {
        return fail(QStringLiteral("hsm.not-activated"),
                    QCoreApplication::translate("Pkcs11Token", "The CA key is not activated."));
    }
    PKCS11_KEY* key = m_state->findKey(keyLabel, true);
    const EvpPkeyPtr privateKey(key ? PKCS11_get_private_key(key) : nullptr);
    if (!privateKey) {
        return std::unexpected(
            tokenError("hsm.no-key", QT_TRANSLATE_NOOP("Pkcs11Token", "The CA key is not on the token."), keyLabel));
    }
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, privateKey.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size())) != 1) {
        return std::unexpected(tokenError("hsm.sign", QT_TRANSLATE_NOOP("Pkcs11Token", "The HSM could not sign.")));
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) != 1) {
        return std::unexpected(tokenError("hsm.sign", QT_TRANSLATE_NOOP("Pkcs11Token", "The HSM could not sign.")));
    }
    signature.truncate(qsizetype(length));
    return signature;
}

domain::Result<bool> Pkcs11Token::verifySha256(const QString& keyLabel, const QByteArray& data,
                                               const QByteArray& signature) {
    ERR_clear_error();
    PKCS11_KEY* key = m_state->findKey(keyLabel, false);
    const EvpPkeyPtr publicKey(key ? PKCS11_get_public_key(key) : nullptr);
    if (!publicKey) {
        return std::unexpected(
            tokenError("hsm.no-key", QT_TRANSLATE_NOOP("Pkcs11Token", "The CA key is not on the token."), keyLabel));
    }
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    const bool ok = EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, publicKey.get()) == 1 &&
                    EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                                     size_t(signature.size()), reinterpret_cast<const unsigned char*>(data.constData()),
                                     size_t(data.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace ra::crypto
