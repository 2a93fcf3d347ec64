#include "common/LoadState.h"

#include <QCoreApplication>

namespace {

struct PartTexts {
    const char* reading = nullptr;
    const char* notLoaded = nullptr;
};

//! Only the parts a workspace shows: while the organization itself is read, the status bar
//! says "Connecting…".
PartTexts textsOf(OrgDataLoader::Part part) {
    using Part = OrgDataLoader::Part;
    switch (part) {
    case Part::Roles:
        return {
            QT_TRANSLATE_NOOP("LoadState", "Reading the roles…"),
            QT_TRANSLATE_NOOP("LoadState", "The roles were not loaded. Reload (F5) to try again.")};
    case Part::Catalog:
        return {
            QT_TRANSLATE_NOOP("LoadState", "Reading the permission catalog…"),
            QT_TRANSLATE_NOOP("LoadState",
                              "The permission catalog was not loaded. Reload (F5) to try again.")};
    case Part::Products:
        return {QT_TRANSLATE_NOOP("LoadState", "Reading the products…"),
                QT_TRANSLATE_NOOP("LoadState",
                                  "The products were not loaded. Reload (F5) to try again.")};
    case Part::Trusts:
        return {QT_TRANSLATE_NOOP("LoadState", "Reading the trusts…"),
                QT_TRANSLATE_NOOP("LoadState",
                                  "The trusts were not loaded. Reload (F5) to try again.")};
    case Part::Organization:
        break;
    }
    return {};
}

} // namespace

QString notLoadedText(const OrgSession* session, OrgDataLoader::Part part) {
    if (!session || session->hasPart(part))
        return {};
    const PartTexts texts = textsOf(part);
    const char* text = session->isReading(part) ? texts.reading : texts.notLoaded;
    return text ? QCoreApplication::translate("LoadState", text) : QString();
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
