// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <sys/stat.h>

namespace ra::app {

// While alive, every file and folder this process creates is its owner's alone (umask 077): the
// database, workspace.ini, the documents and the token folder are never readable by others, not
// even for the moment between writing and a chmod (issue 12 item 8). Scoped, not process-wide:
// the lab's servers, started from the same process, keep their own file modes.
class OwnerOnlyFiles {
public:
    OwnerOnlyFiles()
        : m_previous(::umask(077)) {}
    ~OwnerOnlyFiles() { ::umask(m_previous); }
    OwnerOnlyFiles(const OwnerOnlyFiles&) = delete;
    OwnerOnlyFiles& operator=(const OwnerOnlyFiles&) = delete;

private:
    mode_t m_previous;
};

} // namespace ra::app
