// SPDX-License-Identifier: Apache-2.0
#include "app/PublicSuffixList.h"

#include <libpsl.h>

namespace ra::app {

void PublicSuffixList::Free::operator()(psl_ctx_st* context) const noexcept {
    psl_free(context);
}

PublicSuffixList::PublicSuffixList()
    : m_context(psl_latest(nullptr)) {}

PublicSuffixList::~PublicSuffixList() = default;

bool PublicSuffixList::isPublicSuffix(const QString& name) const {
    return m_context && psl_is_public_suffix(m_context.get(), name.toUtf8().constData()) != 0;
}

QString PublicSuffixList::registrableDomain(const QString& name) const {
    if (!m_context || !hasKnownTopLevelDomain(name)) {
        return {};
    }
    const QByteArray utf8 = name.toUtf8();
    const char* registrable = psl_registrable_domain(m_context.get(), utf8.constData());
    return registrable ? QString::fromUtf8(registrable) : QString();
}

bool PublicSuffixList::hasKnownTopLevelDomain(const QString& name) const {
    // Without the implicit "*" rule, an unknown top-level domain is no suffix at all.
    const QByteArray tld = name.section(QLatin1Char('.'), -1).toUtf8();
    return m_context && !tld.isEmpty() &&
           psl_is_public_suffix2(m_context.get(), tld.constData(), PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE) != 0;
}

} // namespace ra::app
