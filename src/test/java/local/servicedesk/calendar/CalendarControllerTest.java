package local.servicedesk.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CalendarController.class)
@Import(CalendarConfiguration.class)
@WithMockUser
class CalendarControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void tellsWhetherAnInstantIsWorkingTimeAndWhenTheNextPeriodStarts() throws Exception {
        var request = get("/api/calendar/working-time").param("at", "2026-03-13T09:00:00Z");

        var response = mvc.perform(request);

        response.andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.at").value("2026-03-13T17:00:00+08:00"))
                .andExpect(jsonPath("$.workingTime").value(true))
                .andExpect(jsonPath("$.nextWorkingStart").value("2026-03-16T08:30:00+08:00"));
    }

    @Test
    void readsAnInstantWithAnOffset() throws Exception {
        var request = get("/api/calendar/working-time").param("at", "2026-03-14T10:00:00+08:00");

        var response = mvc.perform(request);

        response.andExpect(status().isOk())
                .andExpect(jsonPath("$.workingTime").value(false))
                .andExpect(jsonPath("$.nextWorkingStart").value("2026-03-16T08:30:00+08:00"));
    }

    @Test
    void readsAnOffsetWhosePlusSignWasNotEncoded() throws Exception {
        var request = get("/api/calendar/working-time?at=2026-03-09T08:30:00+08:00");

        var response = mvc.perform(request);

        response.andExpect(status().isOk())
                .andExpect(jsonPath("$.at").value("2026-03-09T08:30:00+08:00"))
                .andExpect(jsonPath("$.workingTime").value(true));
    }

    @Test
    void givesTheDueInstantInWorkingMinutes() throws Exception {
        var request = get("/api/calendar/due")
                .param("from", "2026-03-13T17:00:00+08:00")
                .param("minutes", "60");

        var response = mvc.perform(request);

        response.andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-03-13T17:00:00+08:00"))
                .andExpect(jsonPath("$.minutes").value(60))
                .andExpect(jsonPath("$.due").value("2026-03-16T09:00:00+08:00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/calendar/working-time                                            | at",
                "/api/calendar/working-time?at=                                        | at",
                "/api/calendar/working-time?at=tomorrow                                | at",
                "/api/calendar/working-time?at=2026-03-09T08:30:00                     | at",
                "/api/calendar/working-time?at=2026-02-30T08:30:00Z                    | at",
                "/api/calendar/working-time?at=%2B999999-01-01T08:30:00Z               | at",
                "/api/calendar/due?minutes=60                                          | from",
                "/api/calendar/due?from=2026-13-01T08:30:00Z&minutes=60                | from",
                "/api/calendar/due?from=2026-03-09T08:30:00Z                           | minutes",
                "/api/calendar/due?from=2026-03-09T08:30:00Z&minutes=an+hour           | minutes",
                "/api/calendar/due?from=2026-03-09T08:30:00Z&minutes=-5                | minutes",
                "/api/calendar/due?from=2026-03-09T08:30:00Z&minutes=1.5               | minutes",
                "/api/calendar/due?from=2026-03-09T08:30:00Z&minutes=1000001           | minutes",
                "/api/calendar/due?from=2026-03-09T08:30:00Z&minutes=99999999999999999 | minutes",
            })
    void refusesAMissingOrUnreadableParameterWithAProblemNamingIt(String uri, String parameter) throws Exception {
        var request = get(uri);

        var response = mvc.perform(request);

        response.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("请求参数无效"))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("参数 " + parameter)));
    }
}
