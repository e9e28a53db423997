package se.samsyn.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; every resource states the roles it needs. */
@ApplicationPath("api")
public class JaxrsApplication extends Application {}
