package com.pickupsettlement.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A versioned SQL file from the classpath (src/main/resources/sql), run statement by statement
 * with named parameters. Statements end with a semicolon at the end of a line.
 */
public final class SqlScript {
    private final List<String> statements;

    private SqlScript(List<String> statements) {
        this.statements = statements;
    }

    public static SqlScript load(String path) {
        try {
            String text = new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            for (String part : text.split(";\\s*\\n")) {
                String sql = stripComments(part).trim();
                if (!sql.isEmpty()) {
                    statements.add(sql);
                }
            }
            return new SqlScript(List.copyOf(statements));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String stripComments(String sql) {
        StringBuilder sb = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.trim().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The same script with each statement rewritten (say, a marker expanded). */
    public SqlScript rewritten(UnaryOperator<String> rewrite) {
        return new SqlScript(statements.stream().map(rewrite).toList());
    }

    /** The statements as run, without comments: what a fingerprint of the rules should cover. */
    public String text() {
        return String.join(";\n", statements);
    }

    /** Runs every statement; returns the rows changed by each. */
    public int[] run(NamedParameterJdbcTemplate jdbc, Map<String, ?> params) {
        int[] counts = new int[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            counts[i] = jdbc.update(statements.get(i), params);
        }
        return counts;
    }
}
