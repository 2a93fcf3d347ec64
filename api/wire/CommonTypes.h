#pragma once

#include "wire/WireField.h"

//! A shallow reference ({id, name, selfUri}) standing for UserFullReference, QueueFullReference,
//! TeamFullReference and Division; the many other fields of the full models are kept losslessly
//! in unknownFields.
struct EntityReference {
    using Self = EntityReference;
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(name), WIRE_FIELD(selfUri));
    }
};

using Division = EntityReference;

//! Organization (shallow; MODELS.md).
struct Organization {
    using Self = Organization;
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> defaultLanguage;
    std::optional<QString> defaultCountryCode;
    std::optional<QString> thirdPartyOrgName;
    std::optional<QString> thirdPartyURI;
    std::optional<QString> domain;
    std::optional<QMap<QString, bool>> features;
    std::optional<int> version;
    std::optional<QString> state;
    std::optional<QString> defaultSiteId;
    std::optional<QString> supportURI;
    std::optional<bool> voicemailEnabled;
    std::optional<QString> productPlatform;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(name), WIRE_FIELD(defaultLanguage),
                               WIRE_FIELD(defaultCountryCode), WIRE_FIELD(thirdPartyOrgName),
                               WIRE_FIELD(thirdPartyURI), WIRE_FIELD(domain), WIRE_FIELD(features),
                               WIRE_FIELD(version), WIRE_FIELD(state), WIRE_FIELD(defaultSiteId),
                               WIRE_FIELD(supportURI), WIRE_FIELD(voicemailEnabled),
                               WIRE_FIELD(productPlatform), WIRE_FIELD(selfUri));
    }
};
