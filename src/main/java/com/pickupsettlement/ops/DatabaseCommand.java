package com.pickupsettlement.ops;

import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** A command that runs against the database, in a Spring context started for it. */
public interface DatabaseCommand {
    /** The command's name, for messages: the one it is called by, from its {@code @Command}. */
    default String name() {
        return getClass().getAnnotation(Command.class).name();
    }

    /** What the command is about in an operator's message (a date), or null. */
    default String subject() {
        return null;
    }

    /** The Spring properties its options set (say, --inbox and --out). */
    default List<String> springArguments() {
        return List.of();
    }

    ExitCode execute(ApplicationContext context) throws Exception;
}
