package com.pickupsettlement.system;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no spring.datasource.url configured, the pipeline runs on its own embedded PostgreSQL;
 * with one (production), Boot's ordinary DataSource is used and nothing embedded starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {
    /** Boot applies it to its own pool (production); this configuration to the embedded server's. */
    static final String SESSION_SETTINGS = "spring.datasource.hikari.connection-init-sql";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(Environment environment) throws IOException {
        // Bound here directly: the DataSource is needed before configuration-properties beans exist.
        Path dataDirectory = Binder.get(environment).bind("settlement.embedded.data-directory", Path.class)
                .orElse(Path.of("./var/pgdata"));
        boolean keepRunning = Binder.get(environment).bind("settlement.embedded.keep-running", Boolean.class)
                .orElse(false);
        return EmbeddedPostgresServer.startOrAttach(dataDirectory, keepRunning);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server, Environment environment) {
        HikariDataSource ds = new HikariDataSource();
        // The session settings the pipeline needs (application.properties), as on a production server.
        ds.setConnectionInitSql(environment.getProperty(SESSION_SETTINGS));
        ds.setJdbcUrl(server.jdbcUrl());
        ds.setUsername("postgres");
        ds.setPassword("");
        // The run lock's connection, four merge parts side by side, and the job repository's own
        // short updates around them (Boot's default pool on a given server is 10).
        ds.setMaximumPoolSize(8);
        // A local server that does not answer in 5 s is gone: fail the run (exit 1, resumable)
        // instead of waiting 30 s per attempt while the job repository records the failure.
        ds.setConnectionTimeout(5_000);
        ds.setPoolName("embedded-postgres");
        return ds;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
