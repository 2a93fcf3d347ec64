#include "client/ClientCredentials.h"

using namespace Qt::StringLiterals;

ClientCredentials ClientCredentials::fromEnvironment(const QProcessEnvironment& env) {
    return {env.value(u"PURECLOUD_CLIENT_ID"_s).trimmed(),
            env.value(u"PURECLOUD_SECRET"_s).trimmed(),
            env.value(u"PURECLOUD_ENVIRONMENT"_s).trimmed()};
}
