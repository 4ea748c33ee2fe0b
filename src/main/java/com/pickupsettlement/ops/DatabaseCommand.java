package com.pickupsettlement.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** A command that runs against the database, in a Spring context started for it. */
public interface DatabaseCommand {
    /** The command's name, for messages: the one it is called by, from its {@code @Command}. */
    default String name() {
        return getClass().getAnnotation(Command.class).name();
    }

    /**
     * What the command is about in an operator's message: the date or month it requires
     * (--date, --month), or null. Read off its options, so a command cannot forget to say it.
     */
    default String subject() {
        return Stream.of("--date", "--month").map(this::declared).filter(o -> o != null && o.required())
                .map(OptionSpec::getValue).filter(Objects::nonNull).map(Object::toString).findFirst().orElse(null);
    }

    /**
     * The Spring properties its options set: --inbox and --out, whichever it declares. Read off its
     * options, so a command cannot take one and then run on the default folder.
     */
    default List<String> springArguments() {
        List<String> args = new ArrayList<>();
        for (String folder : List.of("inbox", "out")) {
            OptionSpec option = declared("--" + folder);
            if (option != null && option.getValue() != null) {
                args.add("--settlement." + folder + "=" + option.getValue());
            }
        }
        return List.copyOf(args);
    }

    ExitCode execute(ApplicationContext context) throws Exception;

    /** The option of that name this command declares (itself or through a mixin), with its value; or null. */
    private OptionSpec declared(String name) {
        return CommandSpec.forAnnotatedObject(this).findOption(name);
    }
}
