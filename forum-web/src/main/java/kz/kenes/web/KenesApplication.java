package kz.kenes.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** One JAX-RS application at the root: pages at {@code /…}, the API at {@code /api/v1/…}. */
@ApplicationPath("/")
public class KenesApplication extends Application {}
