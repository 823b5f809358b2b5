// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <sqlite3.h>

#include <memory>

namespace ra::app {

// A prepared statement of the SQLite C API, finalized when it goes (the audit scan, record seals).
struct SqliteStatementDeleter {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using SqliteStatement = std::unique_ptr<sqlite3_stmt, SqliteStatementDeleter>;

} // namespace ra::app
