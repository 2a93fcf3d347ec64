#include "client/PageSizeMemory.h"

int PageSizeMemory::sizeFor(const QString& listing) const {
    const auto it = m_listings.constFind(listing);
    if (it == m_listings.cend())
        return m_preferred;
    return it->taken.value_or(it->named.value_or(m_preferred));
}

std::optional<PageSizeMemory::Claim> PageSizeMemory::claim(const QString& listing) {
    Listing& l = m_listings[listing];
    if (l.taken)
        return Claim{*l.taken, false};
    // A server that accepts the preferred size is never made to wait for: every listing goes
    // at once. One that has refused a size gets one probe per unknown listing at a time.
    if (m_refusedBefore && l.probes > 0)
        return std::nullopt;
    ++l.probes;
    return Claim{l.named.value_or(m_preferred), true};
}

void PageSizeMemory::taken(const QString& listing, int size) {
    Listing& l = m_listings[listing];
    l.probes = qMax(0, l.probes - 1);
    if (!l.taken || size < *l.taken)
        l.taken = size;
    Q_EMIT changed(listing);
}

void PageSizeMemory::refused(const QString& listing, int smaller) {
    m_refusedBefore = true;
    Listing& l = m_listings[listing];
    if (!l.named || smaller < *l.named)
        l.named = smaller;
}

void PageSizeMemory::released(const QString& listing) {
    Listing& l = m_listings[listing];
    l.probes = qMax(0, l.probes - 1);
    Q_EMIT changed(listing);
}
