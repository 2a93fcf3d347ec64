#pragma once

#include "wire/WireField.h"

//! The paging envelope of every *EntityListing (MODELS.md, "Paging envelope"). The short form
//! (products, role members) simply has no URIs.
template <typename T>
struct EntityListing {
    using Self = EntityListing<T>;
    std::optional<QList<T>> entities;
    std::optional<int> pageSize;
    std::optional<int> pageNumber;
    std::optional<qint64> total;
    std::optional<int> pageCount;
    std::optional<QString> firstUri;
    std::optional<QString> selfUri;
    std::optional<QString> nextUri;
    std::optional<QString> previousUri;
    std::optional<QString> lastUri;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(entities), WIRE_FIELD(pageSize), WIRE_FIELD(pageNumber),
                               WIRE_FIELD(total), WIRE_FIELD(pageCount), WIRE_FIELD(firstUri),
                               WIRE_FIELD(selfUri), WIRE_FIELD(nextUri), WIRE_FIELD(previousUri),
                               WIRE_FIELD(lastUri));
    }
};
