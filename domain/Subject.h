// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace ra::domain {

// The subject the certificate will carry, filled only from verified data (R-CSR-5, CP 7.1 table 7.1-1):
// C fixed to JP, ST, L and O required, OU prohibited, CN one of the SAN dNSNames.
struct Subject {
    QString country = QStringLiteral("JP");
    QString stateOrProvince;
    QString locality;
    QString organization;
    QString commonName;
};

} // namespace ra::domain
