package local.servicedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The capability packages depend on each other in one direction only, and the core knows nothing of the edges. */
@AnalyzeClasses(packages = "local.servicedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBordersTest {

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles =
            slices().matching("local.servicedesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theTicketRecordKnowsNoProcessNorChannel = noClasses()
            .that()
            .resideInAPackage("local.servicedesk.ticket..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "local.servicedesk.workflow..",
                    "local.servicedesk.intake..",
                    "local.servicedesk.identity..",
                    "local.servicedesk.web..",
                    "org.camunda..");

    @ArchTest
    static final ArchRule catalogueAndCalendarStandAlone = noClasses()
            .that()
            .resideInAnyPackage("local.servicedesk.catalog..", "local.servicedesk.calendar..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "local.servicedesk.ticket..",
                    "local.servicedesk.intake..",
                    "local.servicedesk.workflow..",
                    "local.servicedesk.identity..",
                    "local.servicedesk.notification..");

    @ArchTest
    static final ArchRule nothingDependsOnTheDemo = noClasses()
            .that()
            .resideOutsideOfPackage("local.servicedesk.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("local.servicedesk.demo..");
}
