#pragma once

#include "wire/WireField.h"

struct DomainPermission {
    using Self = DomainPermission;
    std::optional<QString> domain;
    std::optional<QString> entityType;
    std::optional<QString> action;
    std::optional<QString> label;
    std::optional<bool> allowsConditions;
    std::optional<bool> divisionAware;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(domain), WIRE_FIELD(entityType), WIRE_FIELD(action),
                               WIRE_FIELD(label), WIRE_FIELD(allowsConditions),
                               WIRE_FIELD(divisionAware));
    }
};

//! One domain of the permission catalog (A3): entity name -> its permissions.
struct DomainPermissionCollection {
    using Self = DomainPermissionCollection;
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> domain;
    std::optional<QMap<QString, QList<DomainPermission>>> permissionMap;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(name), WIRE_FIELD(domain),
                               WIRE_FIELD(permissionMap), WIRE_FIELD(selfUri));
    }
};

struct DomainOrganizationProduct {
    using Self = DomainOrganizationProduct;
    std::optional<QString> id;
    QJsonObject unknownFields;

    static constexpr auto fields() { return std::make_tuple(WIRE_FIELD(id)); }
};
