/** One of the 40 hospitality intents. `id` and `name` match the original project's prompt exactly. */
export interface Intent {
  id: number;
  name: string;
  /** Stable kebab-case identifier, used in file names and logs. */
  slug: string;
  /** One line saying what a guest wants, and where this intent ends and its neighbours begin. */
  description: string;
}

export const INTENTS: readonly Intent[] = [
  {
    id: 1,
    name: "Check room availability",
    slug: "room-availability",
    description: "Asks whether rooms or a room type are free for certain dates, before deciding to book.",
  },
  { id: 2, name: "Make a reservation / Book a room", slug: "book-room", description: "Wants to go ahead and reserve a new stay now." },
  {
    id: 3,
    name: "Modify reservation",
    slug: "modify-reservation",
    description: "Wants to change an existing booking: dates, room type, number of guests, name.",
  },
  {
    id: 4,
    name: "Cancel reservation",
    slug: "cancel-reservation",
    description: "Wants to call off an existing booking, or asks how to, including refunds for cancelling.",
  },
  {
    id: 5,
    name: "Check reservation status",
    slug: "reservation-status",
    description: "Wants confirmation that an existing booking exists, went through, or what it contains.",
  },
  { id: 6, name: "Request early check-in", slug: "early-check-in", description: "Wants to get into the room before the normal check-in time on arrival day." },
  { id: 7, name: "Request late check-out", slug: "late-check-out", description: "Wants to keep the room past the normal check-out time on departure day." },
  {
    id: 8,
    name: "Check-in online",
    slug: "online-check-in",
    description: "Wants to do the arrival formalities ahead of time on a phone or the web, skipping the desk.",
  },
  {
    id: 9,
    name: "Check-out online",
    slug: "online-check-out",
    description: "Wants to settle and leave without stopping at the front desk, through a phone, TV or link.",
  },
  {
    id: 10,
    name: "Request luggage assistance",
    slug: "luggage-assistance",
    description: "Wants help carrying bags, or somewhere to store them before check-in or after check-out.",
  },
  { id: 11, name: "Order room service", slug: "room-service", description: "Wants food or drink brought to the room now or at a set time." },
  { id: 12, name: "Book a table at a restaurant", slug: "restaurant-table", description: "Wants a table reserved at the hotel's or a nearby restaurant." },
  {
    id: 13,
    name: "Request menu or dietary information",
    slug: "menu-dietary",
    description: "Asks what is on a menu or whether food suits an allergy, diet or religion.",
  },
  {
    id: 14,
    name: "Ask for breakfast hours or availability",
    slug: "breakfast-hours",
    description: "Asks when or whether breakfast is served, or whether it is included.",
  },
  { id: 15, name: "Request minibar refill", slug: "minibar-refill", description: "Wants the in-room fridge or minibar restocked." },
  { id: 16, name: "Request room cleaning", slug: "room-cleaning", description: "Wants housekeeping to clean or tidy the room, or to change when they come." },
  {
    id: 17,
    name: "Request extra towels, toiletries, or pillows",
    slug: "towels-toiletries",
    description: "Wants more towels, soap, shampoo, toothbrushes, blankets or pillows brought.",
  },
  {
    id: 18,
    name: "Report an issue in the room",
    slug: "room-issue",
    description: "Something in the room is broken, dirty, noisy or not working and needs fixing.",
  },
  { id: 19, name: "Request laundry service", slug: "laundry", description: "Wants clothes washed, dry-cleaned or pressed by the hotel." },
  {
    id: 20,
    name: "Request in-room amenities (e.g., iron, hair dryer)",
    slug: "in-room-amenities",
    description: "Wants an item or appliance brought to the room: iron, hair dryer, crib, adapter, kettle.",
  },
  {
    id: 21,
    name: "Ask about local attractions or tours",
    slug: "local-attractions",
    description: "Asks what to see or do nearby, or wants a tour or excursion.",
  },
  { id: 22, name: "Request a wake-up call", slug: "wake-up-call", description: "Wants the hotel to call or wake them at a set time." },
  { id: 23, name: "Ask for taxi or shuttle service", slug: "taxi-shuttle", description: "Wants a ride arranged: taxi, airport shuttle, car service." },
  {
    id: 24,
    name: "Ask about hotel policies",
    slug: "hotel-policies",
    description: "Asks about general rules: visitors, age limits, noise, fees, IDs, cancellation terms; not pets or smoking.",
  },
  { id: 25, name: "Request spa or gym appointment", slug: "spa-gym", description: "Wants a massage, treatment or fitness session booked." },
  { id: 26, name: "Ask for invoice or receipt", slug: "invoice-receipt", description: "Wants a document of what was paid, for expenses or records." },
  {
    id: 27,
    name: "Query charges on the bill",
    slug: "bill-query",
    description: "Questions a specific charge or amount on the bill that looks wrong or unclear.",
  },
  { id: 28, name: "Change payment method", slug: "payment-method", description: "Wants to pay with a different card, cash or account than the one on file." },
  { id: 29, name: "Split bill", slug: "split-bill", description: "Wants one bill divided between several people, cards or companies." },
  {
    id: 30,
    name: "Pre-authorize payment or deposit",
    slug: "deposit-preauth",
    description: "Asks about a hold, deposit or pre-authorisation on a card, or its release.",
  },
  { id: 31, name: "Ask for Wi-Fi access or help", slug: "wifi", description: "Wants the internet password, or help getting a device online." },
  {
    id: 32,
    name: "Ask about facility opening hours",
    slug: "facility-hours",
    description: "Asks when the pool, gym, bar, spa, business centre or shop is open; not breakfast.",
  },
  {
    id: 33,
    name: "Request parking information",
    slug: "parking",
    description: "Asks where or how to park a car, the cost, or about charging an electric car.",
  },
  { id: 34, name: "Ask about pet policy", slug: "pet-policy", description: "Asks whether and on what terms animals may stay." },
  { id: 35, name: "Ask about smoking policy", slug: "smoking-policy", description: "Asks where smoking or vaping is allowed, or about smoking rooms." },
  {
    id: 36,
    name: "Leave a review or feedback",
    slug: "review-feedback",
    description: "Wants to share an opinion of the stay, good or mixed, or asks where to post a review.",
  },
  {
    id: 37,
    name: "Report a complaint",
    slug: "complaint",
    description: "Is unhappy with the service or the stay and wants it recorded and put right; not a single broken item.",
  },
  { id: 38, name: "Ask to speak to a manager", slug: "speak-to-manager", description: "Wants someone with authority above the front-line staff." },
  {
    id: 39,
    name: "Request human support or live agent",
    slug: "live-agent",
    description: "Wants a real person instead of the bot, without asking for a manager.",
  },
  { id: 40, name: "Ask for help using the chatbot", slug: "chatbot-help", description: "Asks what the bot can do or how to use it." },
];
