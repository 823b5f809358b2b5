// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlKeyBlocklist.h"
#include "domain/User.h"

namespace ra::app {

class Workspace;

struct BlocklistImport {
    int lines = 0;
    int added = 0;
};

// Imports lists of keys that must never be certified (R-CSR-3): one value a line, '#' comments.
//   spki-sha256: 64 hex digits, the SHA-256 of a DER SubjectPublicKeyInfo (keys reported compromised)
//   debian:      20 hex digits, as in Debian's openssl-blacklist files (blacklist.RSA-2048)
// A file with one bad line is refused whole, naming the line.
class KeyBlocklistService {
public:
    static constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024;

    explicit KeyBlocklistService(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] domain::Result<BlocklistImport> importFile(const QString& path, SqlKeyBlocklist::Kind kind,
                                                             const domain::User& actor);
    [[nodiscard]] static std::optional<SqlKeyBlocklist::Kind> kindFromId(const QString& id);

private:
    Workspace& m_workspace;
};

} // namespace ra::app
