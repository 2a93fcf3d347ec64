#include "common/LoadState.h"

#include <QCoreApplication>

QString notLoadedText(const OrgSession* session, OrgDataLoader::Part part) {
    if (!session || session->hasPart(part))
        return {};
    using Part = OrgDataLoader::Part;
    const auto translated = [](const char* text) {
        return QCoreApplication::translate("LoadState", text);
    };
    if (!session->isReading(part))
        switch (part) {
        case Part::Roles:
            return translated(QT_TRANSLATE_NOOP(
                "LoadState", "The roles were not loaded. Reload (F5) to try again."));
        case Part::Catalog:
            return translated(QT_TRANSLATE_NOOP(
                "LoadState", "The permission catalog was not loaded. Reload (F5) to try again."));
        case Part::Products:
            return translated(QT_TRANSLATE_NOOP(
                "LoadState", "The products were not loaded. Reload (F5) to try again."));
        case Part::Trusts:
            return translated(QT_TRANSLATE_NOOP(
                "LoadState", "The trusts were not loaded. Reload (F5) to try again."));
        case Part::Organization:
            return translated(QT_TRANSLATE_NOOP(
                "LoadState", "The organization was not loaded. Reload (F5) to try again."));
        }
    switch (part) {
    case Part::Roles:
        return translated(QT_TRANSLATE_NOOP("LoadState", "Reading the roles…"));
    case Part::Catalog:
        return translated(QT_TRANSLATE_NOOP("LoadState", "Reading the permission catalog…"));
    case Part::Products:
        return translated(QT_TRANSLATE_NOOP("LoadState", "Reading the products…"));
    case Part::Trusts:
        return translated(QT_TRANSLATE_NOOP("LoadState", "Reading the trusts…"));
    case Part::Organization:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("LoadState", "Reading the organization…"));
}

void followLoad(OrgSession* session, QObject* receiver, const std::function<void()>& update) {
    if (!session)
        return;
    QObject::connect(session, &OrgSession::loadStarted, receiver, update);
    QObject::connect(session, &OrgSession::partLoaded, receiver, update);
    QObject::connect(session, &OrgSession::loaded, receiver, update);
    QObject::connect(session, &OrgSession::loadFailed, receiver, update);
    QObject::connect(session, &OrgSession::loadCancelled, receiver, update);
}
