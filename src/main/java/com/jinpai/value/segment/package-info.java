/**
 * Segmentation of a month's customers: RFM scores and the named RFM segment, the spend trend,
 * and the tables analysts query (segment totals per dimension, the tier migration matrix).
 */
package com.jinpai.value.segment;
