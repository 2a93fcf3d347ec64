#pragma once

class Router;
class SandboxContext;

//! A2, A8, A17 and S1: people and the roles they hold in their own organization.
void addUserRoutes(Router& router, SandboxContext& context);
