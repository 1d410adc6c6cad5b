// Next's defaults: the anchor measures a plain blog, so nothing is tuned here.
/** @type {import('next').NextConfig} */
module.exports = {};
