// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace ra::domain {

// The applicant organization as stated in the application (R-IN-1). Verified values that the
// certificate subject will carry are kept separately in Subject (R-CSR-5).
struct Organization {
    QString legalName;
    QString doingBusinessAs; // optional DBA / tradename (R-ORG-2)
    QString streetAddress;
    QString locality;
    QString stateOrProvince;
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2
};

// The applicant representative and their contact (R-IN-1, R-ORG-5).
struct Representative {
    QString name;
    QString title;
    QString email;
    QString phone;
};

// The executed Subscriber Agreement / Terms of Use (R-IN-1, CP 9.6.3).
struct SubscriberAgreement {
    QString version;
    QDateTime acceptedAt;
    QString acceptedBy;

    [[nodiscard]] bool isExecuted() const {
        return !version.isEmpty() && acceptedAt.isValid() && !acceptedBy.isEmpty();
    }
};

} // namespace ra::domain
