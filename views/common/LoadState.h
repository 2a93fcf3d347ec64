#pragma once

#include "org/OrgSession.h"

#include <QString>

#include <functional>

class QObject;

//! What a workspace says of the part of the organization it shows while that part is not in:
//! that it is being read ("Reading the roles…"), or that the load that would have brought it
//! failed or was cancelled. Empty once the part is in, without a session, and for the
//! organization itself (no workspace shows it; the status bar says "Connecting…").
QString notLoadedText(const OrgSession* session, OrgDataLoader::Part part);

//! Calls `update` whenever a load starts, a part comes in or the load ends, for as long as
//! `receiver` lives: what notLoadedText() says may have changed.
void followLoad(OrgSession* session, QObject* receiver, const std::function<void()>& update);
