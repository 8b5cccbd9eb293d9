export * from "./complaintRatio.js";
