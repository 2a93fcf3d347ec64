#include "wire/Environment.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QUrl Environment::apiBase() const {
    return QUrl(u"https://api."_s + host);
}

QUrl Environment::loginBase() const {
    return QUrl(u"https://login."_s + host);
}

const QList<Environment>& Environment::all() {
    static const QList<Environment> regions = {
        {u"us_east_1"_s, u"mypurecloud.com"_s, u"Americas (US East)"_s},
        {u"eu_west_1"_s, u"mypurecloud.ie"_s, u"EMEA (Dublin)"_s},
        {u"ap_southeast_2"_s, u"mypurecloud.com.au"_s, u"Asia Pacific (Sydney)"_s},
        {u"ap_northeast_1"_s, u"mypurecloud.jp"_s, u"Asia Pacific (Tokyo)"_s},
        {u"eu_central_1"_s, u"mypurecloud.de"_s, u"EMEA (Frankfurt)"_s},
        {u"us_west_2"_s, u"usw2.pure.cloud"_s, u"Americas (US West)"_s},
        {u"ca_central_1"_s, u"cac1.pure.cloud"_s, u"Americas (Canada)"_s},
        {u"ap_northeast_2"_s, u"apne2.pure.cloud"_s, u"Asia Pacific (Seoul)"_s},
        {u"eu_west_2"_s, u"euw2.pure.cloud"_s, u"EMEA (London)"_s},
        {u"ap_south_1"_s, u"aps1.pure.cloud"_s, u"Asia Pacific (Mumbai)"_s},
        {u"us_east_2"_s, u"use2.us-gov-pure.cloud"_s, u"Americas (US East 2, FedRAMP)"_s},
        {u"sa_east_1"_s, u"sae1.pure.cloud"_s, u"Americas (São Paulo)"_s},
        {u"me_central_1"_s, u"mec1.pure.cloud"_s, u"Middle East (UAE)"_s},
        {u"ap_northeast_3"_s, u"apne3.pure.cloud"_s, u"Asia Pacific (Osaka)"_s},
        {u"eu_central_2"_s, u"euc2.pure.cloud"_s, u"EMEA (Zurich)"_s},
        {u"mx_central_1"_s, u"mxc1.pure.cloud"_s, u"Americas (Mexico)"_s},
        {u"ap_southeast_1"_s, u"apse1.pure.cloud"_s, u"Asia Pacific (Jakarta)"_s},
        {u"eusc_de_east_1"_s, u"edee1.eusc-pure.cloud"_s, u"EMEA (EU Sovereign Cloud)"_s},
    };
    return regions;
}

QString Environment::normalize(QString environment) {
    environment = environment.trimmed();
    while (environment.endsWith(u'/'))
        environment.chop(1);
    for (const QString& prefix : {u"https://"_s, u"http://"_s})
        if (environment.startsWith(prefix, Qt::CaseInsensitive))
            environment.remove(0, prefix.size());
    if (environment.startsWith(u"api."_s, Qt::CaseInsensitive))
        environment.remove(0, 4);
    return environment.toLower();
}

const Environment* Environment::find(const QString& keyOrHost) {
    const QString host = normalize(keyOrHost);
    for (const Environment& e : all())
        if (e.key.compare(keyOrHost.trimmed(), Qt::CaseInsensitive) == 0 || e.host == host)
            return &e;
    return nullptr;
}

bool isAcceptableBaseUrl(const QUrl& url, QString* reason) {
    auto refuse = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(QCoreApplication::translate("Environment", "\"%1\" is not a valid URL.")
                          .arg(url.toString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return true;
    if (scheme != "http"_L1)
        return refuse(QCoreApplication::translate("Environment", "Use an https:// URL."));
    // Loopback as QHostAddress::isLoopback() sees it, without Qt Network in the wire layer:
    // localhost, 127.0.0.0/8, ::1 and IPv4-mapped 127.x.
    static const QRegularExpression ipv4Loopback(uR"(^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    const QString host = url.host();
    const bool loopback = host.compare("localhost"_L1, Qt::CaseInsensitive) == 0
                          || ipv4Loopback.match(host).hasMatch() || host == "::1"_L1
                          || host == "0:0:0:0:0:0:0:1"_L1;
    if (!loopback)
        return refuse(QCoreApplication::translate(
                          "Environment",
                          "Plain http:// is allowed only for this computer (127.0.0.1, ::1,"
                          " localhost); use https:// for %1.")
                          .arg(url.host()));
    return true;
}
