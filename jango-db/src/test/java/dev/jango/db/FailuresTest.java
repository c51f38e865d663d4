package dev.jango.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.core.exceptions.ServiceUnavailable;
import java.io.EOFException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which JDBC failures are outages (503), unknown commit outcomes (503) or bugs (500); PostgresFaultsTest does it for real. */
class FailuresTest {

    @Test
    void shutdown_crash_and_cannot_connect_now_are_outages_and_so_is_a_lost_connection() {
        for (String state : List.of("57P01", "57P02", "57P03", "08006", "08003")) {
            assertThat(Failures.of("query", new SQLException("server said no", state)))
                    .as(state).isInstanceOf(ServiceUnavailable.class).isNotInstanceOf(CommitOutcomeUnknown.class);
        }
        assertThat(Failures.of("query", new SQLException("duplicate key", "23505"))).isInstanceOf(DatabaseError.class);
        assertThat(Failures.of("query", new SQLException("query canceled", "57014")))
                .as("a cancelled statement is not an outage").isInstanceOf(DatabaseError.class);
    }

    @Test
    void a_commit_that_loses_the_connection_has_an_unknown_outcome() {
        for (String state : List.of("57P01", "57P02", "57P03", "08006", "08007")) {
            assertThat(Failures.commit("an atomic block", new SQLException("gone", state)))
                    .as(state).isInstanceOf(CommitOutcomeUnknown.class)
                    .hasMessageContaining("may or may not have been applied");
        }
        assertThat(Failures.commit("an atomic block", new SQLException("I/O error", null, new EOFException())))
                .as("an I/O error under the driver").isInstanceOf(CommitOutcomeUnknown.class);
    }

    @Test
    void a_commit_refused_or_never_sent_has_a_known_outcome() {
        assertThat(Failures.commit("an atomic block", new SQLException("deferred unique violation", "23505")))
                .isInstanceOf(DatabaseError.class).hasMessage("COMMIT of an atomic block failed: deferred unique "
                        + "violation");
        assertThat(Failures.commit("an atomic block", new SQLException("could not serialize", "40001")))
                .isInstanceOf(DatabaseError.class);
        assertThat(Failures.commit("an atomic block", new SQLException("This connection has been closed.", "08003")))
                .as("closed before COMMIT was sent: nothing was applied").isInstanceOf(ServiceUnavailable.class)
                .isNotInstanceOf(CommitOutcomeUnknown.class);
    }
}
