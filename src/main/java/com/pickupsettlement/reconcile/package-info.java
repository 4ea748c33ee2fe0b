/**
 * Rulebook 3, 4 and 9: which exceptions hold at a date's cut-off, what finance resolved, and so
 * which orders may settle. Each rule of the rulebook is written in one place:
 * <ul>
 * <li>an exception type's severity, key and SLA clock: {@link com.pickupsettlement.domain.ExceptionType};
 * <li>its condition: src/main/resources/sql/reconcile/TYPE.sql;
 * <li>the window of each SLA clock for incremental nights: sql/reconcile/clock/CLOCK.sql, put
 *     into the incremental scope for the clocks the rules run on ({@link ClockWindows});
 * <li>"all parcels manifested" (rule 2 of rulebook 3) and "settleable": the SQL function
 *     all_parcels_manifested and the view settleable_order (migration V10);
 * <li>the reject wordings of rulebook 8: {@link com.pickupsettlement.domain.RejectReason}, given
 *     to the SQL that decides some of them as parameters.
 * </ul>
 *
 * <h2>How to add an exception type</h2>
 * <ol>
 * <li>Add a constant to {@code ExceptionType} with its severity, key (rulebook 4's key column)
 *     and clock. The clock is NONE unless time passing alone, with no new row in any feed, can
 *     make the condition hold; then it names the SLA figure that runs out. Where the constant
 *     stands is where its rule runs.
 * <li>Write {@code sql/reconcile/TYPE.sql}: one {@code INSERT INTO exception_today (type,
 *     severity, order_id, tracking_number, detail) SELECT :type, :severity, ...}; never the type
 *     or severity as literals. Rulebook 8's identity: an ORDER row has tracking_number ''. Read
 *     manifest lines and events as {@code @lines} and {@code @events}, parcel statuses as
 *     {@code @statuses} and orders as {@code @orderRows}, and mark the key you evaluate with
 *     {@code @orders(expr)} or {@code @trackings(expr)} unless you read only {@code @lines},
 *     {@code @events} or work_order_shipment, which already hold exactly tonight's scope
 *     ({@link ReconcileScope}). A rule that iterates {@code @statuses} or {@code @orderRows}
 *     marks its key: {@code @orderRows} holds more than the scope (every order a line of
 *     {@code @lines} names). Look a row up in them only by a tracking number of the scope or of
 *     {@code @lines}, or an order_id of the scope or of {@code @lines}: only those are sure to be
 *     in the slices; a column they lack is added to its slice in 00_scope_incremental.sql. The
 *     slices exist only in the reconcile step's transaction (not in sql/resolve).
 *     Use the V10 predicates rather than writing them again. The SLA figures are the parameters
 *     that {@link ExceptionDetection#detect} sets.
 * <li>With a clock, there is nothing more to write: its window comes with it. Check that the
 *     window's filter (the clock's file) lets through every key your condition can catch, or
 *     widen it. A new clock is a new {@code Clock} constant, its window file, its scope in
 *     {@code ClockWindows.scopeOf} (which does not compile without it) and, if it has a figure
 *     of its own, that figure in the parameters and the fingerprint of {@code ExceptionDetection}.
 * <li>Test it like its neighbours (ParcelExceptionsTest, OrderExceptionsTest); IncrementalScopeTest
 *     compares full and incremental nights over every type, and AddingAnExceptionTypeTest runs
 *     this recipe with a test-only type.
 * </ol>
 * Nothing else lists the types: the resolutions file accepts every constant, the outputs and the
 * report show whatever the history holds, and the changed rules make the first night after the
 * deploy a full one (the fingerprint in {@code ExceptionDetection}).
 */
package com.pickupsettlement.reconcile;
