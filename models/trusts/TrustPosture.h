#pragma once

#include "trusts/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>

class RoleStore;

//! Where access by partner organizations is wider or older than it should be, as counts an
//! admin reads at a glance and the rows behind each. Pure: computed from the stores.
struct TrustPosture {
    Q_DECLARE_TR_FUNCTIONS(TrustPosture)

public:
    //! A trustee user, by organization and user id.
    struct Member {
        QString orgId;
        QString userId;
        bool operator==(const Member&) const = default;
    };
    enum class Finding {
        ExpiringSoon,      //!< trusts expiring within 7 days
        Expired,           //!< trusts whose expiry has passed
        DisabledWithRoles, //!< disabled trusts whose users still hold roles here
        UsersWithoutRoles, //!< trustee users with no role here
        PowerfulUsers, //!< trustee users whose roles grant authorization:role:edit or a * domain
        NearCap,       //!< trusts with 20 or more of their 25 users
        Count
    };

    static constexpr int kSoonDays = 7;
    static constexpr int kNearCap = 20;

    //! Organizations per trust finding; members per user finding.
    QHash<Finding, QStringList> organizations;
    QHash<Finding, QList<Member>> members;

    static TrustPosture assess(const TrustStore& trusts, const RoleStore& roles,
                               const QDateTime& now = QDateTime::currentDateTimeUtc());
    static bool isUserFinding(Finding f) {
        return f == Finding::UsersWithoutRoles || f == Finding::PowerfulUsers;
    }
    int count(Finding f) const {
        return int(isUserFinding(f) ? members.value(f).size() : organizations.value(f).size());
    }
    //! What a finding is, for a button: "2 expiring within 7 days".
    static QString describe(Finding f, int count);
    //! Whether a role lets its holder edit roles or grants a whole domain by `*`.
    static bool isPowerful(const DomainOrganizationRole& role);
};
