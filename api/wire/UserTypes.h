#pragma once

#include "wire/CommonTypes.h"
#include "wire/RoleTypes.h"

//! The profile fields User, OrgUser and TrustUser share: the ones a console needs. Every other
//! profile field of the real models is kept in unknownFields.
struct UserProfile {
    using Self = UserProfile;
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<Division> division;
    std::optional<QString> email;
    std::optional<QString> state; //!< active inactive deleted
    std::optional<QString> title;
    std::optional<QString> department;
    std::optional<QString> username;
    std::optional<int> version;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(name), WIRE_FIELD(division),
                               WIRE_FIELD(email), WIRE_FIELD(state), WIRE_FIELD(title),
                               WIRE_FIELD(department), WIRE_FIELD(username), WIRE_FIELD(version));
    }
};

//! User (S1).
struct User : UserProfile {
    using Self = User;
    std::optional<UserAuthorization> authorization;
    std::optional<QString> selfUri;

    static constexpr auto fields() {
        return std::tuple_cat(UserProfile::fields(),
                              std::make_tuple(WIRE_FIELD(authorization), WIRE_FIELD(selfUri)));
    }
};

//! UserMe (S3): the person a token belongs to, with what `expand` adds.
struct UserMe : User {
    using Self = UserMe;
    std::optional<Organization> organization;

    static constexpr auto fields() {
        return std::tuple_cat(User::fields(), std::make_tuple(WIRE_FIELD(organization)));
    }
};

//! OrgUser: a user with its organization, as createdBy and in pairing requests (no selfUri).
struct OrgUser : UserProfile {
    using Self = OrgUser;
    std::optional<Organization> organization;

    static constexpr auto fields() {
        return std::tuple_cat(UserProfile::fields(), std::make_tuple(WIRE_FIELD(organization)));
    }
};

struct UserReference {
    using Self = UserReference;
    std::optional<QString> id;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() { return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(selfUri)); }
};
