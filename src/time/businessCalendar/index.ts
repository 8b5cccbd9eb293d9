export { businessCalendar } from "./businessCalendar.js";
export type { BusinessCalendar, BusinessCalendarDefinition, HolidayHours, TimeWindow, Weekday } from "./businessCalendar.js";
