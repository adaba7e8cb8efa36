package benchmarks;

import java.util.Locale;

/** Blocking and link accuracy for one data set; pairs lost at blocking count as missed. */
record LinkageScore(String name, int records, long candidatePairs, int truePairs, int truePairsBlocked, int links,
                    int correctLinks, int reviews, double seconds) {

    double pairCompleteness() {
        return truePairs == 0 ? 0 : (double) truePairsBlocked / truePairs;
    }

    double precision() {
        return links == 0 ? 0 : (double) correctLinks / links;
    }

    double recall() {
        return truePairs == 0 ? 0 : (double) correctLinks / truePairs;
    }

    double f1() {
        return f1(precision(), recall());
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    String report() {
        return String.format(Locale.ROOT, """
                %s
                  records %,d; candidate pairs %,d; true pairs %,d
                  pair completeness %.4f (%,d true pairs survive blocking)
                  links %,d (correct %,d); reviews %,d
                  precision %.4f  recall %.4f  F1 %.4f   (%.1f s)
                """, name, records, candidatePairs, truePairs, pairCompleteness(), truePairsBlocked, links,
                correctLinks, reviews, precision(), recall(), f1(), seconds);
    }
}
