package nl.ecza.registry.demo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import nl.ecza.registry.common.config.RegistryConfig;
import nl.ecza.registry.nomenclature.readmodel.NomenclatureReadModel;
import nl.ecza.registry.support.DatabaseFingerprint;

/** The demo register the tests and the local run start with: plausible, consistent and reproducible. */
@QuarkusTest
class DemoRegisterTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NomenclatureReadModel nomenclature;

    @Inject
    RegistryConfig config;

    private long count(String sql) {
        return DatabaseFingerprint.count(dataSource, sql);
    }

    @Test
    void shouldHoldAtLeast300FictionalCentresAtRealInstitutions() {
        assertThat(count("select count(*) from expertise_centre where demo"), greaterThanOrEqualTo(300L));
        assertThat(count("select count(*) from expertise_centre where demo and name_nl not like '%(fictief)'"),
                equalTo(0L));
        // all seven UMCs lead centres, and so do general and categorical hospitals
        assertThat(count("""
                select count(distinct i.umc_group) from centre_institution ci \
                join institution i on i.id = ci.institution_id
                join expertise_centre c on c.id = ci.centre_id where c.demo and ci.is_leading and i.type = 'UMC'"""),
                equalTo(7L));
        assertThat(count("""
                select count(distinct i.id) from centre_institution ci join institution i on i.id = ci.institution_id
                join expertise_centre c on c.id = ci.centre_id where c.demo and ci.is_leading \
                and i.type = 'GENERAL'"""), greaterThan(20L));
        assertThat(count("""
                select count(distinct i.id) from centre_institution ci join institution i on i.id = ci.institution_id
                join expertise_centre c on c.id = ci.centre_id where c.demo and ci.is_leading \
                and i.type = 'CATEGORICAL'"""), greaterThan(2L));
    }

    @Test
    void shouldSpanTheRounds2015To2025WithoutA2024RoundAndLetSomeExpire() {
        List<Integer> years = DatabaseFingerprint.column(dataSource,
                "select distinct round_year from recognition r join expertise_centre c on c.id = r.centre_id where "
                        + "c.demo order by 1");
        assertThat(years, equalTo(List.of(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2025)));
        assertThat(count("select count(*) from recognition where valid_until <= current_date"), greaterThan(50L));
        assertThat(count("select count(*) from recognition where withdrawn_on is not null"), greaterThan(0L));
        assertThat(count("select count(*) from recognition where not published"), greaterThan(0L));
        // disorders mostly, some groups and some subtypes, all real ORPHAcodes
        List<String> levels = DatabaseFingerprint.column(dataSource, """
                select distinct n.classification_level from recognition r \
                join condition n on n.orpha_code = r.orpha_code""");
        assertThat(levels, hasItems("DISORDER", "GROUP_OF_DISORDERS", "SUBTYPE_OF_DISORDER"));
    }

    @Test
    void shouldOnlyMakeCentresMembersOfANetworkTheirConditionsBelongTo() {
        assertThat(count("select count(*) from ern_membership m join expertise_centre c on c.id = m.centre_id "
                + "where c.demo"), greaterThan(200L));
        // every demo membership: some recognised condition of the centre lies under one of the network's Orphanet heads
        assertThat(count("""
                select count(*) from ern_membership m join expertise_centre c on c.id = m.centre_id \
                join ern e on e.code = m.ern_code
                where c.demo and not exists (
                    select 1 from recognition r join condition_closure cc on cc.descendant_code = r.orpha_code
                    where r.centre_id = m.centre_id and cc.ancestor_code = any (e.orphanet_heads))"""), equalTo(0L));
        List<String> types = DatabaseFingerprint.column(dataSource,
                "select distinct membership_type from ern_membership");
        assertThat(types, hasItems("FULL_MEMBER", "ASSOCIATED_NATIONAL_CENTRE", "SUPPORTING_PARTNER"));
    }

    @Test
    void shouldGiveTheSameRegisterForTheSameSeed() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            var networks = DemoRegisterLoader.networks(c);
            var hosts = DemoRegisterLoader.hosts(c);
            DemoRegister.Plan first = DemoRegister.generate(config.demo().seed(), 320, nomenclature.current(),
                    networks, hosts);
            DemoRegister.Plan again = DemoRegister.generate(config.demo().seed(), 320, nomenclature.current(),
                    networks, hosts);
            DemoRegister.Plan other = DemoRegister.generate(config.demo().seed() + 1, 320, nomenclature.current(),
                    networks, hosts);
            assertThat(again, equalTo(first));
            assertThat(other, not(equalTo(first)));
            // and it is the register in the database
            Set<String> stored = Set.copyOf(DatabaseFingerprint.<String>column(dataSource,
                    "select id::text from expertise_centre where demo"));
            assertThat(stored, equalTo(Set.copyOf(first.centres().stream().map(x -> x.id().toString()).toList())));
        }
    }
}
