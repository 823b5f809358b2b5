// SPDX-License-Identifier: Apache-2.0
#include "app/registry/CorporateNumberApi.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringDecoder>
#include <QTimer>
#include <QXmlStreamReader>

namespace ra::app {

using domain::fail;

namespace {
constexpr qsizetype kMaxFieldChars = 1000;

std::unexpected<domain::Error> malformed(const QString& detail) {
    return fail(
        QStringLiteral("registry.malformed"),
        QCoreApplication::translate("CorporateNumberApi",
                                    "The registry's answer is not a corporate-number document; nothing was recorded."),
        detail);
}

QDate date(const QString& text) {
    return QDate::fromString(text, Qt::ISODate);
}

void assign(domain::CorporateRecord& record, QStringView element, const QString& text) {
    using Setter = void (*)(domain::CorporateRecord&, const QString&);
    static const QHash<QString, Setter> setters{
        {QStringLiteral("corporateNumber"), [](auto& r, const QString& v) { r.corporateNumber = v; }},
        {QStringLiteral("process"), [](auto& r, const QString& v) { r.process = v; }},
        {QStringLiteral("updateDate"), [](auto& r, const QString& v) { r.updateDate = date(v); }},
        {QStringLiteral("changeDate"), [](auto& r, const QString& v) { r.changeDate = date(v); }},
        {QStringLiteral("name"), [](auto& r, const QString& v) { r.name = v; }},
        {QStringLiteral("kind"), [](auto& r, const QString& v) { r.kind = v; }},
        {QStringLiteral("prefectureName"), [](auto& r, const QString& v) { r.prefectureName = v; }},
        {QStringLiteral("cityName"), [](auto& r, const QString& v) { r.cityName = v; }},
        {QStringLiteral("streetNumber"), [](auto& r, const QString& v) { r.streetNumber = v; }},
        {QStringLiteral("prefectureCode"), [](auto& r, const QString& v) { r.prefectureCode = v; }},
        {QStringLiteral("postCode"), [](auto& r, const QString& v) { r.postCode = v; }},
        {QStringLiteral("addressOutside"), [](auto& r, const QString& v) { r.addressOutside = v; }},
        {QStringLiteral("closeDate"), [](auto& r, const QString& v) { r.closeDate = date(v); }},
        {QStringLiteral("closeCause"), [](auto& r, const QString& v) { r.closeCause = v; }},
        {QStringLiteral("successorCorporateNumber"), [](auto& r, const QString& v) { r.successorCorporateNumber = v; }},
        {QStringLiteral("assignmentDate"), [](auto& r, const QString& v) { r.assignmentDate = date(v); }},
        {QStringLiteral("latest"), [](auto& r, const QString& v) { r.latest = v != QLatin1String("0"); }},
        {QStringLiteral("enName"), [](auto& r, const QString& v) { r.enName = v; }},
        {QStringLiteral("enPrefectureName"), [](auto& r, const QString& v) { r.enPrefectureName = v; }},
        {QStringLiteral("enCityName"), [](auto& r, const QString& v) { r.enCityName = v; }},
        {QStringLiteral("furigana"), [](auto& r, const QString& v) { r.furigana = v; }},
        {QStringLiteral("hihyoji"), [](auto& r, const QString& v) { r.excludedFromSearch = v == QLatin1String("1"); }},
    };
    if (const Setter setter = setters.value(element.toString(), nullptr)) {
        setter(record, text);
    }
}
} // namespace

domain::Result<CorporateNumberAnswer> CorporateNumberApi::parse(const QByteArray& body) {
    if (body.size() > kMaxBodyBytes) {
        return fail(QStringLiteral("registry.too-large"),
                    QCoreApplication::translate("CorporateNumberApi",
                                                "The registry's answer is too large; nothing was recorded."),
                    QStringLiteral("%1 bytes").arg(body.size()));
    }
    // Type 12 answers are UTF-8: anything else (Shift_JIS, broken bytes) is refused, not guessed.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(body);
    if (utf8.hasError()) {
        return fail(QStringLiteral("registry.encoding"),
                    QCoreApplication::translate("CorporateNumberApi",
                                                "The registry's answer is not valid UTF-8; nothing was recorded."));
    }
    QXmlStreamReader xml(text);
    CorporateNumberAnswer answer;
    answer.body = body;
    domain::CorporateRecord record;
    QString element;
    QString value;
    int depth = 0;
    bool sawRoot = false;
    qint64 declaredCount = -1;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartDocument:
            if (!xml.documentEncoding().isEmpty() &&
                xml.documentEncoding().compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
                return fail(
                    QStringLiteral("registry.encoding"),
                    QCoreApplication::translate("CorporateNumberApi",
                                                "The registry's answer is not valid UTF-8; nothing was recorded."),
                    xml.documentEncoding().toString());
            }
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            // The API sends neither; a document that does is an attack (entity expansion, XXE).
            return malformed(QStringLiteral("DTD or entity reference at line %1").arg(xml.lineNumber()));
        case QXmlStreamReader::StartElement:
            ++depth;
            element = xml.name().toString();
            value.clear();
            if (depth == 1) {
                if (element != QLatin1String("corporations")) {
                    return malformed(QStringLiteral("root element <%1>").arg(element));
                }
                sawRoot = true;
            } else if (depth == 2 && element == QLatin1String("corporation")) {
                if (answer.records.size() >= kMaxRecords) {
                    return malformed(QStringLiteral("more than %1 corporations").arg(kMaxRecords));
                }
                record = {};
            } else if (depth > 3) {
                return malformed(QStringLiteral("unexpected nesting at <%1>").arg(element));
            }
            break;
        case QXmlStreamReader::Characters:
            value += xml.text();
            if (value.size() > kMaxFieldChars) {
                return malformed(QStringLiteral("<%1> longer than %2 characters").arg(element).arg(kMaxFieldChars));
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 3) {
                assign(record, xml.name(), value.trimmed());
            } else if (depth == 2 && xml.name() == QLatin1String("corporation")) {
                answer.records.append(record);
            } else if (depth == 2 && xml.name() == QLatin1String("count")) {
                bool ok = false;
                declaredCount = value.trimmed().toLongLong(&ok);
                if (!ok) {
                    return malformed(QStringLiteral("<count> %1").arg(value.left(40)));
                }
            } else if (depth == 2 && xml.name() == QLatin1String("lastUpdateDate")) {
                answer.lastUpdateDate = date(value.trimmed());
            }
            value.clear();
            --depth;
            break;
        default:
            break;
        }
    }
    if (xml.hasError() || !sawRoot) {
        return malformed(xml.hasError() ? QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber())
                                        : QStringLiteral("empty document"));
    }
    // Divided answers (divideSize > 1) give a page of `count`; a single page must hold them all.
    if (declaredCount >= 0 && declaredCount < answer.records.size()) {
        return malformed(
            QStringLiteral("<count> %1 but %2 corporations").arg(declaredCount).arg(answer.records.size()));
    }
    return answer;
}

domain::Result<CorporateNumberAnswer> CorporateNumberApi::byNumber(const QString& corporateNumber,
                                                                   const QDateTime& now) const {
    return get(QStringLiteral("/4/num"),
               {{QStringLiteral("number"), corporateNumber},
                {QStringLiteral("type"), QStringLiteral("12")},
                {QStringLiteral("history"), QStringLiteral("0")}},
               now);
}

domain::Result<CorporateNumberAnswer> CorporateNumberApi::byName(const QString& name, const QDateTime& now) const {
    return get(QStringLiteral("/4/name"),
               {{QStringLiteral("name"), name},
                {QStringLiteral("type"), QStringLiteral("12")},
                {QStringLiteral("mode"), QStringLiteral("1")},
                {QStringLiteral("close"), QStringLiteral("1")}},
               now);
}

domain::Result<CorporateNumberAnswer> CorporateNumberApi::get(const QString& path,
                                                              const QList<std::pair<QString, QString>>& query,
                                                              const QDateTime& now) const {
    if (!m_settings.configured()) {
        return fail(QStringLiteral("registry.not-configured"),
                    QCoreApplication::translate(
                        "CorporateNumberApi",
                        "The corporate-number registry is not configured (corporate_number/base_url, set by an "
                        "administrator; the application id in workspace.ini [corporate_number])."));
    }
    QUrl reference = m_settings.baseUrl;
    reference.setUserInfo(QString()); // credentials in the configured URL are never cited
    reference.setPath(reference.path().chopped(reference.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QStringList publicQuery;
    for (const auto& [key, value] : query) {
        publicQuery << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    reference.setQuery(publicQuery.join(QLatin1Char('&')), QUrl::StrictMode);
    QUrl url = reference;
    url.setQuery(QStringLiteral("id=") + QString::fromLatin1(QUrl::toPercentEncoding(m_settings.applicationId)) +
                     QLatin1Char('&') + publicQuery.join(QLatin1Char('&')),
                 QUrl::StrictMode);

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/xml");
    QNetworkReply* reply = network.get(request);
    QByteArray body;
    bool tooLarge = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [reply] { reply->abort(); });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        body += reply->readAll();
        if (body.size() > kMaxBodyBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_settings.timeoutMs);
    loop.exec();
    const bool timedOut = !deadline.isActive();
    if (reply->isOpen()) {
        body += reply->readAll();
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    // Never the URL with the ID: Qt's error strings name the URL.
    const QString networkDetail = QStringLiteral("%1 (Qt error %2)").arg(reference.toString()).arg(int(error));
    if (tooLarge) {
        return fail(QStringLiteral("registry.too-large"),
                    QCoreApplication::translate("CorporateNumberApi",
                                                "The registry's answer is too large; nothing was recorded."),
                    reference.toString());
    }
    if (timedOut) {
        return fail(
            QStringLiteral("registry.timeout"),
            QCoreApplication::translate("CorporateNumberApi",
                                        "The registry did not answer in time; try again later. Nothing was recorded."),
            networkDetail);
    }
    if (status >= 300 && status < 400) {
        return fail(QStringLiteral("registry.redirect"),
                    QCoreApplication::translate(
                        "CorporateNumberApi",
                        "The registry answered with a redirect, which is not followed; nothing was recorded."),
                    QStringLiteral("HTTP %1 %2").arg(status).arg(reference.toString()));
    }
    if (status != 200) {
        if (status == 0) {
            return fail(QStringLiteral("registry.unreachable"),
                        QCoreApplication::translate(
                            "CorporateNumberApi",
                            "The registry cannot be reached; check the network and try again. Nothing was recorded."),
                        networkDetail);
        }
        // An error page may echo the request: the ID never leaves in a detail.
        const QString echoed = QString::fromUtf8(body.left(4096))
                                   .replace(m_settings.applicationId, QStringLiteral("***"))
                                   .simplified()
                                   .left(200);
        return fail(QStringLiteral("registry.http-error"),
                    QCoreApplication::translate("CorporateNumberApi",
                                                "The registry refused the request (HTTP %1); nothing was recorded.")
                        .arg(status),
                    QStringLiteral("HTTP %1 %2: %3").arg(status).arg(reference.toString(), echoed));
    }
    auto answer = parse(body);
    if (!answer) {
        answer.error().detail.replace(m_settings.applicationId, QStringLiteral("***"));
        answer.error().detail += QStringLiteral(" (") + reference.toString() + QLatin1Char(')');
        return answer;
    }
    answer->reference = reference;
    answer->receivedAt = now;
    return answer;
}

} // namespace ra::app
