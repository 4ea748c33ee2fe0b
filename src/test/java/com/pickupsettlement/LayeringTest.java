package com.pickupsettlement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.pickupsettlement.support.UnitTest;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers run one way, in the order the data flows:
 * ops → job → report → settle / reconcile → ingest → system / config / domain, with the input
 * archive (written by the job, read by ops) and the backup (ops) beside them.
 * A class that reaches back (a rule in {@code reconcile} calling a command, {@code domain}
 * importing Spring) fails here, naming the class and the dependency, before review has to.
 * A compile-time constant is inlined by javac, so a reference to one (such as a file name) is
 * invisible here: keep such constants in the layer that owns them.
 */
@UnitTest
class LayeringTest {
    private static final String ROOT = "com.pickupsettlement";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void theDomainIsPlainJava() {
        classes().that().resideInAPackage(ROOT + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".domain..", "java..")
                .because("domain is the rulebook's arithmetic and vocabulary: no Spring, no SQL, no files")
                .check(production);
    }

    @Test
    void onlyTheCommandsAndTheJobKnowAboutCommandsAndTheJob() {
        noClasses().that().resideInAnyPackage(ROOT + ".ingest..", ROOT + ".reconcile..", ROOT + ".settle..",
                        ROOT + ".report..", ROOT + ".archive..", ROOT + ".backup..", ROOT + ".system..",
                        ROOT + ".config..", ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ops..", ROOT + ".job..")
                .because("the stages are driven by the job and the commands, never the other way")
                .check(production);
    }

    @Test
    void noStageReachesALaterOne() {
        noClasses().that().resideInAPackage(ROOT + ".ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".reconcile..", ROOT + ".settle..", ROOT + ".report..")
                .check(production);
        noClasses().that().resideInAPackage(ROOT + ".reconcile..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".settle..", ROOT + ".report..")
                .check(production);
        noClasses().that().resideInAPackage(ROOT + ".settle..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".reconcile..", ROOT + ".report..")
                .check(production);
        noClasses().that().resideInAnyPackage(ROOT + ".system..", ROOT + ".config..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ingest..", ROOT + ".reconcile..",
                        ROOT + ".settle..", ROOT + ".report..", ROOT + ".sampledata..")
                .because("system and config are the floor every stage stands on")
                .check(production);
    }

    @Test
    void theSampleGeneratorIsReachedOnlyByItsCommand() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".sampledata..")
                .and().doNotHaveFullyQualifiedName(ROOT + ".ops.GenerateCommand")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".sampledata..")
                .because("synthetic data must never leak into a real night")
                .check(production);
        noClasses().that().resideInAPackage(ROOT + ".sampledata..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ingest..", ROOT + ".reconcile..",
                        ROOT + ".settle..", ROOT + ".report..", ROOT + ".job..", ROOT + ".ops..")
                .because("the generator writes feeds as a sender would, without the pipeline's code")
                .check(production);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(production);
    }
}
