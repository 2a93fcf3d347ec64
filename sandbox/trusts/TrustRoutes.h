#pragma once

class Router;
class SandboxContext;

//! O1-O23: pairings, trustees, trustors, trustee users and their roles, trust audits.
void addTrustRoutes(Router& router, SandboxContext& context);
