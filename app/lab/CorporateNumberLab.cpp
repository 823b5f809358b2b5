// SPDX-License-Identifier: Apache-2.0
#include "app/lab/CorporateNumberLab.h"

#include "app/lab/LabProcess.h"
#include "app/lab/WebLab.h"
#include "domain/CorporateNumber.h"

#include <QDir>
#include <QUrl>
#include <QXmlStreamWriter>

namespace ra::app {

namespace {
const QDate kLastUpdate(2026, 11, 20);

domain::CorporateRecord corporation(const char* base, const QString& name, const QString& prefecture,
                                    const QString& prefectureCode, const QString& city, const QString& street,
                                    const char* postCode) {
    domain::CorporateRecord record;
    record.corporateNumber = domain::CorporateNumber::fromBase(QString::fromLatin1(base));
    record.process = QStringLiteral("01");
    record.updateDate = QDate(2024, 4, 1);
    record.changeDate = QDate(2015, 10, 5);
    record.name = name;
    record.kind = QStringLiteral("301"); // kabushiki kaisha
    record.prefectureName = prefecture;
    record.cityName = city;
    record.streetNumber = street;
    record.prefectureCode = prefectureCode;
    record.postCode = QString::fromLatin1(postCode);
    record.assignmentDate = QDate(2015, 10, 5);
    return record;
}

QString date(const QDate& day) {
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}
} // namespace

CorporateNumberLab::CorporateNumberLab(QString directory, QString address)
    : m_directory(std::move(directory))
    , m_address(std::move(address)) {}

QString CorporateNumberLab::path(const QString& name) const {
    return QDir(m_directory).filePath(QStringLiteral("web/www/%1/nta/%2").arg(m_address, name));
}

QString CorporateNumberLab::baseUrl() const {
    return QStringLiteral("http://%1/").arg(m_address);
}

QList<domain::CorporateRecord> CorporateNumberLab::demoCorporations() {
    domain::CorporateRecord sample =
        corporation("011001099901", QStringLiteral("株式会社サンプル"), QStringLiteral("東京都"), QStringLiteral("13"),
                    QStringLiteral("新宿区"), QStringLiteral("西新宿１丁目２番３号"), "1600023");
    sample.furigana = QStringLiteral("サンプル");
    // Registered in Japanese only: the application's "Example KK" is not the registered name.
    domain::CorporateRecord example = corporation(
        "120001099902", QStringLiteral("株式会社エグザンプル"), QStringLiteral("大阪府"), QStringLiteral("27"),
        QStringLiteral("大阪市北区"), QStringLiteral("梅田２丁目４番９号"), "5300001");
    domain::CorporateRecord kansai =
        corporation("130001099903", QStringLiteral("関西フーズ株式会社"), QStringLiteral("京都府"),
                    QStringLiteral("26"), QStringLiteral("京都市下京区"), QStringLiteral("烏丸通１２"), "6008001");
    // Moved after applying: the registry has the new address, the application the old one.
    domain::CorporateRecord logistics =
        corporation("020001099904", QStringLiteral("日本ロジスティクス株式会社"), QStringLiteral("神奈川県"),
                    QStringLiteral("14"), QStringLiteral("横浜市中区"), QStringLiteral("山下町１番地"), "2310023");
    logistics.process = QStringLiteral("12");
    logistics.changeDate = QDate(2026, 10, 1);
    logistics.updateDate = QDate(2026, 10, 6);
    // Dissolved by merger into another corporation.
    domain::CorporateRecord tampered =
        corporation("010401099905", QStringLiteral("株式会社タンパード"), QStringLiteral("東京都"),
                    QStringLiteral("13"), QStringLiteral("港区"), QStringLiteral("芝１丁目１番１号"), "1050014");
    tampered.process = QStringLiteral("71");
    tampered.closeDate = QDate(2025, 6, 30);
    tampered.closeCause = QStringLiteral("11");
    tampered.successorCorporateNumber = domain::CorporateNumber::fromBase(QStringLiteral("010401099907"));
    tampered.changeDate = QDate(2025, 6, 30);
    tampered.enName = QStringLiteral("Tampered KK");
    domain::CorporateRecord tokai = corporation(
        "180001099906", QStringLiteral("東海トレーディング株式会社"), QStringLiteral("愛知県"), QStringLiteral("23"),
        QStringLiteral("名古屋市中村区"), QStringLiteral("名駅４丁目５番６号"), "4500002");
    tokai.enName = QStringLiteral("Tokai Trading Co., Ltd.");
    return {sample, example, kansai, logistics, tampered, tokai};
}

QByteArray CorporateNumberLab::toXml(const QList<domain::CorporateRecord>& records, const QDate& lastUpdate) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("corporations"));
    xml.writeTextElement(QStringLiteral("lastUpdateDate"), date(lastUpdate));
    xml.writeTextElement(QStringLiteral("count"), QString::number(records.size()));
    xml.writeTextElement(QStringLiteral("divideNumber"), QStringLiteral("1"));
    xml.writeTextElement(QStringLiteral("divideSize"), QStringLiteral("1"));
    int sequence = 0;
    for (const domain::CorporateRecord& r : records) {
        xml.writeStartElement(QStringLiteral("corporation"));
        const QList<std::pair<const char*, QString>> fields{
            {"sequenceNumber", QString::number(++sequence)},
            {"corporateNumber", r.corporateNumber},
            {"process", r.process},
            {"correct", QStringLiteral("0")},
            {"updateDate", date(r.updateDate)},
            {"changeDate", date(r.changeDate)},
            {"name", r.name},
            {"nameImageId", QString()},
            {"kind", r.kind},
            {"prefectureName", r.prefectureName},
            {"cityName", r.cityName},
            {"streetNumber", r.streetNumber},
            {"addressImageId", QString()},
            {"prefectureCode", r.prefectureCode},
            {"cityCode", QString()},
            {"postCode", r.postCode},
            {"addressOutside", r.addressOutside},
            {"addressOutsideImageId", QString()},
            {"closeDate", date(r.closeDate)},
            {"closeCause", r.closeCause},
            {"successorCorporateNumber", r.successorCorporateNumber},
            {"changeCause", QString()},
            {"assignmentDate", date(r.assignmentDate)},
            {"latest", r.latest ? QStringLiteral("1") : QStringLiteral("0")},
            {"enName", r.enName},
            {"enPrefectureName", r.enPrefectureName},
            {"enCityName", r.enCityName},
            {"enAddressOutside", QString()},
            {"furigana", r.furigana},
            {"hihyoji", r.excludedFromSearch ? QStringLiteral("1") : QStringLiteral("0")},
        };
        for (const auto& [name, value] : fields) {
            xml.writeTextElement(QString::fromLatin1(name), value);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

domain::Status CorporateNumberLab::setCorporation(const domain::CorporateRecord& record) const {
    const QByteArray document = toXml({record}, kLastUpdate);
    if (auto written = labprocess::writeFile(path(QStringLiteral("num/%1.xml").arg(record.corporateNumber)), document);
        !written) {
        return written;
    }
    // The name search answers exact names: the file is named as the client encodes the name.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(record.name));
    return labprocess::writeFile(path(QStringLiteral("name/%1.xml").arg(encoded)), document);
}

domain::Status CorporateNumberLab::install(WebLab& web) const {
    if (auto written = labprocess::writeFile(path(QStringLiteral("none.xml")), toXml({}, kLastUpdate)); !written) {
        return written;
    }
    for (const domain::CorporateRecord& record : demoCorporations()) {
        if (auto set = setCorporation(record); !set) {
            return set;
        }
    }
    // As the NTA's API: 403 without the registered application ID, XML in UTF-8 otherwise, and
    // an empty <corporations> for a number it does not know.
    const QString idCheck = QStringLiteral("if ($arg_id != \"%1\") { return 403 \"invalid application id\"; }\n    "
                                           "default_type \"application/xml; charset=UTF-8\";\n    ")
                                .arg(QLatin1String(kApplicationId));
    if (auto routed = web.setRoute(m_address, QStringLiteral("/4/num"),
                                   idCheck + QStringLiteral("try_files /nta/num/$arg_number.xml /nta/none.xml;"));
        !routed) {
        return routed;
    }
    return web.setRoute(m_address, QStringLiteral("/4/name"),
                        idCheck + QStringLiteral("try_files /nta/name/$arg_name.xml /nta/none.xml;"));
}

QList<std::pair<QString, QString>> CorporateNumberLab::settingValues() const {
    return {{QStringLiteral("corporate_number/base_url"), baseUrl()},
            {QStringLiteral("corporate_number/application_id"), QString::fromLatin1(kApplicationId)}};
}

} // namespace ra::app
