#pragma once

#include "CommonTypes.h"
#include "RoleTypes.h"

//! User (S1), and the profile part of OrgUser and TrustUser: the fields a console needs; every
//! other profile field is kept in unknownFields.
struct User {
    using Self = User;
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<Division> division;
    std::optional<QString> email;
    std::optional<QString> state; //!< active inactive deleted
    std::optional<QString> title;
    std::optional<QString> department;
    std::optional<QString> username;
    std::optional<int> version;
    std::optional<UserAuthorization> authorization;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(name), WIRE_FIELD(division),
                               WIRE_FIELD(email), WIRE_FIELD(state), WIRE_FIELD(title),
                               WIRE_FIELD(department), WIRE_FIELD(username), WIRE_FIELD(version),
                               WIRE_FIELD(authorization), WIRE_FIELD(selfUri));
    }
};

//! OrgUser: a User with its organization, as createdBy and in pairing requests.
struct OrgUser {
    using Self = OrgUser;
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<Division> division;
    std::optional<QString> email;
    std::optional<QString> state;
    std::optional<QString> title;
    std::optional<QString> department;
    std::optional<QString> username;
    std::optional<int> version;
    std::optional<Organization> organization;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(name), WIRE_FIELD(division),
                               WIRE_FIELD(email), WIRE_FIELD(state), WIRE_FIELD(title),
                               WIRE_FIELD(department), WIRE_FIELD(username), WIRE_FIELD(version),
                               WIRE_FIELD(organization));
    }
};

struct UserReference {
    using Self = UserReference;
    std::optional<QString> id;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() { return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(selfUri)); }
};
