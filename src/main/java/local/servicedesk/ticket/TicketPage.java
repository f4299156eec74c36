package local.servicedesk.ticket;

import java.util.List;

/** One page of tickets; {@code hasMore} says whether the next page has any. */
public record TicketPage(List<TicketView> items, int page, int size, boolean hasMore) {}
