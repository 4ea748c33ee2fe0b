package com.pickupsettlement.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Every test class carries exactly one tier (unit, db, jar, fault, conformance: the annotations
 * of this package), so that selecting tiers ({@code -Dtiers=...}) never silently drops a test.
 */
@UnitTest
class TiersTest {
    static final Set<String> TIERS = Set.of("unit", "db", "jar", "fault", "conformance");

    @Test
    void everyTestClass_CarriesExactlyOneTier() throws Exception {
        List<Class<?>> testClasses = testClasses();
        assertTrue(testClasses.size() > 30, "test classes found: " + testClasses);
        List<String> wrong = new ArrayList<>();
        for (Class<?> c : testClasses) {
            List<String> tiers = tiers(c);
            if (tiers.size() != 1) {
                wrong.add(c.getName() + " " + tiers);
            }
        }
        assertEquals(List.of(), wrong, "test classes without exactly one tier (@UnitTest, @DbTest, @JarTest, "
                + "@FaultTest or @ConformanceTest)");
    }

    @Test
    void theCheckSeesATierAndItsAbsence() {
        assertEquals(List.of("unit"), tiers(TiersTest.class));
        assertEquals(List.of(), tiers(Untagged.class));
    }

    static class Untagged {
        @Test
        void nothing() {
        }
    }

    /** The tier tags of a class, with those of the classes it is nested in. */
    static List<String> tiers(Class<?> c) {
        List<String> tiers = new ArrayList<>();
        // Only an inner (non-static, @Nested) class runs inside its enclosing class and inherits its tags.
        for (Class<?> k = c; k != null; k = Modifier.isStatic(k.getModifiers()) ? null : k.getEnclosingClass()) {
            for (Tag tag : AnnotationSupport.findRepeatableAnnotations(k, Tag.class)) {
                if (TIERS.contains(tag.value())) {
                    tiers.add(tag.value());
                }
            }
        }
        return tiers;
    }

    /** Classes under target/test-classes that declare a test method (@Test, @ParameterizedTest, ...). */
    private static List<Class<?>> testClasses() throws Exception {
        Path root = Path.of(TiersTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            String name = root.relativize(file).toString().replace(".class", "").replace('/', '.');
            Class<?> c = Class.forName(name, false, TiersTest.class.getClassLoader());
            if (c == Untagged.class || c.isAnnotation() || c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                continue;
            }
            if (declaresTests(c)) {
                found.add(c);
            }
        }
        return found;
    }

    private static boolean declaresTests(Class<?> c) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (AnnotationSupport.isAnnotated(m, Testable.class)) {
                    return true;
                }
            }
        }
        return false;
    }
}
