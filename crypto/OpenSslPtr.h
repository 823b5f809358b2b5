// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to crypto/: every OpenSSL handle is owned from the line that creates it (STYLE.md).
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ra::crypto {

template <auto F>
struct Free {
    template <class T>
    void operator()(T* p) const noexcept {
        F(p);
    }
};

using BnPtr = std::unique_ptr<BIGNUM, Free<BN_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, Free<BN_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Free<BIO_free_all>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY_free>>;
using EvpMdPtr = std::unique_ptr<EVP_MD, Free<EVP_MD_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, Free<EVP_MD_CTX_free>>;
using EvpMacPtr = std::unique_ptr<EVP_MAC, Free<EVP_MAC_free>>;
using EvpMacCtxPtr = std::unique_ptr<EVP_MAC_CTX, Free<EVP_MAC_CTX_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Free<X509_REQ_free>>;
using X509ExtensionsPtr =
    std::unique_ptr<STACK_OF(X509_EXTENSION),
                    decltype([](STACK_OF(X509_EXTENSION) * s) { sk_X509_EXTENSION_pop_free(s, X509_EXTENSION_free); })>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Free<GENERAL_NAMES_free>>;

} // namespace ra::crypto
