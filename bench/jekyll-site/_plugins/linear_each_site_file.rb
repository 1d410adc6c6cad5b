# frozen_string_literal: true

# Debian's Jekyll 4.3.1 enumerates the files to write with an Array as its "already seen" list and calls
# Array#include? for every item, so the write phase (and the cleaner, which uses the same enumeration) costs
# O(n²) in the number of pages: about 150 s of a 10,000-post build. Upstream fixed this in 4.3.2
# (jekyll/jekyll#9187, "Optimize Site#each_site_file"). This plugin gives 4.3.1 the same linear cost so the
# bench times today's Jekyll; it is this repository's own code, not upstream's patch.
#
# Same contract as the original: every page, static file to write and collection document to write, each
# yielded once, in that order. The "seen" check is a Hash keyed by object identity (O(1) per item), which
# keeps the original's guarantee that an item listed twice is written once.
module BenchAnchor
  module LinearEachSiteFile
    def each_site_file
      return enum_for(:each_site_file) unless block_given?

      seen = {}.compare_by_identity
      [pages, static_files_to_write, docs_to_write].each do |items|
        items.each do |item|
          next if seen.key?(item)

          seen[item] = true
          yield item
        end
      end
    end
  end
end

if Gem::Version.new(Jekyll::VERSION) < Gem::Version.new('4.3.2')
  Jekyll::Site.prepend(BenchAnchor::LinearEachSiteFile)
end
