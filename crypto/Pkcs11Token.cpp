// SPDX-License-Identifier: Apache-2.0
#include "crypto/Pkcs11Token.h"

#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"

#include <libp11.h>
#include <openssl/err.h>

#include <QCoreApplication>

#include <map>

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
    // OpenSSL keys that sign inside the token, by label: made once, freed before the slots.
    std::map<QString, EvpPkeyPtr> privateKeys;
    std::map<QString, EvpPkeyPtr> publicKeys;

    ~State() {
        privateKeys.clear();
        publicKeys.clear();
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
// libp11 wants C strings: a wiped copy with a terminator.
SecureBytes terminated(SecureBytes secret) {
    SecureBytes text(secret.size() + 1);
    std::copy(secret.data(), secret.data() + secret.size(), text.data());
    text.data()[secret.size()] = 0;
    return text;
}

const char* text(const SecureBytes& terminatedSecret) {
    return reinterpret_cast<const char*>(terminatedSecret.data());
}

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
    if (tokenLabel.isEmpty()) {
        return std::unique_ptr<Pkcs11Token>(new Pkcs11Token(std::move(state))); // for initializeToken
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

domain::Status Pkcs11Token::initializeToken(const QString& modulePath, const QString& tokenLabel, SecureBytes soPin,
                                            SecureBytes userPin) {
    const SecureBytes so = terminated(std::move(soPin));
    const SecureBytes user = terminated(std::move(userPin));
    {
        auto module = open(modulePath, QString());
        if (!module) {
            return std::unexpected(module.error());
        }
        State& state = *(*module)->m_state;
        PKCS11_SLOT* free = nullptr;
        for (unsigned int i = 0; i < state.slotCount && !free; ++i) {
            if (state.slotList[i].token && !state.slotList[i].token->initialized) {
                free = &state.slotList[i];
            }
        }
        if (!free) {
            return std::unexpected(tokenError(
                "hsm.no-free-slot", QT_TRANSLATE_NOOP("Pkcs11Token", "The HSM has no free slot for a new token.")));
        }
        if (PKCS11_init_token(free->token, text(so), tokenLabel.toUtf8().constData()) != 0) {
            return std::unexpected(
                tokenError("hsm.init-token", QT_TRANSLATE_NOOP("Pkcs11Token", "The token could not be initialised.")));
        }
    }
    // The module renumbers its slots once a token is initialised: find the new one by label.
    auto module = open(modulePath, tokenLabel);
    if (!module) {
        return std::unexpected(module.error());
    }
    State& state = *(*module)->m_state;
    if (PKCS11_open_session(state.slot, 1) != 0 || PKCS11_login(state.slot, 1, text(so)) != 0 ||
        PKCS11_init_pin(state.slot->token, text(user)) != 0) {
        return std::unexpected(
            tokenError("hsm.init-pin", QT_TRANSLATE_NOOP("Pkcs11Token", "The token's user PIN could not be set.")));
    }
    PKCS11_logout(state.slot);
    return {};
}

domain::Status Pkcs11Token::login(SecureBytes pin) {
    ERR_clear_error();
    if (m_state->loggedIn) {
        return {};
    }
    const SecureBytes pinText = terminated(std::move(pin));
    // A read-write session: key generation and PIN changes need one.
    const int result = PKCS11_open_session(m_state->slot, 1) == 0 ? PKCS11_login(m_state->slot, 0, text(pinText)) : -1;
    if (result != 0) {
        return std::unexpected(
            tokenError("hsm.login", QT_TRANSLATE_NOOP("Pkcs11Token", "The HSM refused the activation data.")));
    }
    m_state->loggedIn = true;
    return {};
}

domain::Status Pkcs11Token::changePin(SecureBytes oldPin, SecureBytes newPin) {
    ERR_clear_error();
    const SecureBytes oldText = terminated(std::move(oldPin));
    const SecureBytes newText = terminated(std::move(newPin));
    if (!m_state->loggedIn || PKCS11_change_pin(m_state->slot, text(oldText), text(newText)) != 0) {
        return std::unexpected(
            tokenError("hsm.change-pin", QT_TRANSLATE_NOOP("Pkcs11Token", "The token's PIN could not be changed.")));
    }
    return {};
}

domain::Status Pkcs11Token::generateRsaKeyPair(const QString& label, quint8 id, int bits) {
    ERR_clear_error();
    if (!m_state->loggedIn) {
        return fail(QStringLiteral("hsm.not-activated"),
                    QCoreApplication::translate("Pkcs11Token", "The CA key is not activated."));
    }
    QByteArray labelText = label.toUtf8();
    unsigned char keyId = id;
    // libp11 0.4.12 marks the private key sensitive and never extractable (checked by TestSigning).
    // Its replacement, PKCS11_keygen, arrives with libp11 0.4.13, after Debian 12's.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    const int generated = PKCS11_generate_key(m_state->slot->token, 0, unsigned(bits), labelText.data(), &keyId, 1);
#pragma GCC diagnostic pop
    if (generated != 0) {
        return std::unexpected(
            tokenError("hsm.keygen", QT_TRANSLATE_NOOP("Pkcs11Token", "The HSM could not generate the key pair.")));
    }
    return {};
}

domain::Result<QByteArray> Pkcs11Token::publicKeyDer(const QString& label) {
    EVP_PKEY* key = publicKey(label);
    if (!key) {
        return std::unexpected(
            tokenError("hsm.no-key", QT_TRANSLATE_NOOP("Pkcs11Token", "The key is not on the token."), label));
    }
    return toDer<i2d_PUBKEY>(key);
}

EVP_PKEY* Pkcs11Token::privateKey(const QString& label) {
    if (!m_state->loggedIn) {
        return nullptr;
    }
    auto& cached = m_state->privateKeys[label];
    if (!cached) {
        PKCS11_KEY* key = m_state->findKey(label, true);
        cached.reset(key ? PKCS11_get_private_key(key) : nullptr);
    }
    return cached.get();
}

EVP_PKEY* Pkcs11Token::publicKey(const QString& label) {
    auto& cached = m_state->publicKeys[label];
    if (!cached) {
        PKCS11_KEY* key = m_state->findKey(label, false);
        cached.reset(key ? PKCS11_get_public_key(key) : nullptr);
    }
    return cached.get();
}

void Pkcs11Token::logout() {
    m_state->privateKeys.clear();
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
    EVP_PKEY* privateKey = this->privateKey(keyLabel);
    if (!privateKey) {
        return std::unexpected(
            tokenError("hsm.no-key", QT_TRANSLATE_NOOP("Pkcs11Token", "The CA key is not on the token."), keyLabel));
    }
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, privateKey) != 1 ||
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
    EVP_PKEY* publicKey = this->publicKey(keyLabel);
    if (!publicKey) {
        return std::unexpected(
            tokenError("hsm.no-key", QT_TRANSLATE_NOOP("Pkcs11Token", "The CA key is not on the token."), keyLabel));
    }
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    const bool ok = EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, publicKey) == 1 &&
                    EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                                     size_t(signature.size()), reinterpret_cast<const unsigned char*>(data.constData()),
                                     size_t(data.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace ra::crypto
