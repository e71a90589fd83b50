/**
 * The HTTP service: {@link io.charterassurance.server.CharterServer} starts it over one shared
 * assessor, with {@link io.charterassurance.server.ServerOptions} saying where it listens and what
 * it accepts (docs/server.md).
 */
@NullMarked
package io.charterassurance.server;

import org.jspecify.annotations.NullMarked;
