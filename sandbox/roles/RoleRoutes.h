#pragma once

class Router;
class SandboxContext;

//! A1, A3-A7, A9-A16 and S2: roles, default roles, the catalog, products and role members.
void addRoleRoutes(Router& router, SandboxContext& context);
