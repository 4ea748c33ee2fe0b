package com.pickupsettlement.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps the stack traces of a database configuration fault ({@link DatabaseSettingsFault}) off
 * the operator's screen: Spring Boot ("Application run failed") and HikariCP ("Exception during
 * pool initialization") log one of some hundred lines each, while the command prints one paragraph
 * naming the SPRING_DATASOURCE_* variable to fix (ops/Cli). Every other error is logged as before.
 * Registered in logback-spring.xml.
 */
public class DatabaseSettingsLogFilter extends TurboFilter {
    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t == null || logger == null || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        boolean startup = name.equals("org.springframework.boot.SpringApplication") || name.startsWith("com.zaxxer.hikari");
        return startup && DatabaseSettingsFault.of(t).isPresent() ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
